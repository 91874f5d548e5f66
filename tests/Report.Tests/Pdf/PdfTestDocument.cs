using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;

namespace GovInfo.Report.Tests.Pdf;

/// <summary>Small PDFs made in the tests with PdfPig's writer: Latin text and digits in Helvetica (no font file needed) and drawn lines.</summary>
internal sealed class PdfTestDocument
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private PdfPageBuilder? _page;

    public PdfTestDocument() => _font = _builder.AddStandard14Font(Standard14Font.Helvetica);

    public PdfTestDocument Page()
    {
        _page = _builder.AddPage(PageSize.A4);
        return this;
    }

    public PdfTestDocument Text(string text, double x, double y, double size = 10)
    {
        _page!.AddText(text, size, new PdfPoint(x, y), _font);
        return this;
    }

    public PdfTestDocument Line(double x1, double y1, double x2, double y2)
    {
        _page!.DrawLine(new PdfPoint(x1, y1), new PdfPoint(x2, y2), 0.5);
        return this;
    }

    /// <summary>Every edge of a grid (column edges <paramref name="xs"/>, row edges <paramref name="ys"/> top first), but the horizontal pieces <paramref name="open"/> leaves out: (row edge index, column index).</summary>
    public PdfTestDocument Grid(double[] xs, double[] ys, params (int Edge, int Column)[] open)
    {
        foreach (double x in xs) Line(x, ys[^1], x, ys[0]);
        for (int e = 0; e < ys.Length; e++)
            for (int c = 0; c + 1 < xs.Length; c++)
                if (!open.Contains((e, c))) Line(xs[c], ys[e], xs[c + 1], ys[e]);
        return this;
    }

    /// <summary>An outline (bookmarks) of titles on page 1, each at its depth (0 for a root), in order; a deeper entry is a child of the one before.</summary>
    public PdfTestDocument Outline(params (string Title, int Level)[] entries)
    {
        _builder.Bookmarks = new Bookmarks(Nodes(entries, 0, 0, out _));
        return this;
    }

    private static List<BookmarkNode> Nodes((string Title, int Level)[] entries, int from, int level, out int next)
    {
        var nodes = new List<BookmarkNode>();
        int i = from;
        while (i < entries.Length && entries[i].Level == level)
        {
            var children = Nodes(entries, i + 1, level + 1, out int after);
            nodes.Add(new DocumentBookmarkNode(entries[i].Title, level,
                new ExplicitDestination(1, ExplicitDestinationType.FitPage, ExplicitDestinationCoordinates.Empty), children));
            i = after;
        }
        next = i;
        return nodes;
    }

    public byte[] Build() => _builder.Build();
}
