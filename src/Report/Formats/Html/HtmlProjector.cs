using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GovInfo.Report.Documents;
using Document = GovInfo.Report.Documents.Document;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report.Formats.Html;

/// <summary>
/// Reads a web page into a <see cref="Document"/>: the report body only (<see cref="HtmlBodyFinder"/>),
/// written out as text joined as rendered with white space collapsed (block elements as paragraphs
/// separated by a blank line, <c>h1</c>–<c>h6</c> after Markdown markers, table rows as tab-separated
/// lines, the report's name from the page title first), every character mapped back to its place in
/// the HTML source. The elements say what is a heading, a table (rows and cells, merged cells
/// expanded) or a directive comment; the rest is running text.
/// </summary>
public sealed class HtmlProjector
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "iframe", "object", "svg", "nav", "footer", "aside", "button", "select", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "hr", "center",
        "address", "figure", "figcaption", "form", "fieldset", "details", "summary", "tr", "td", "th", "caption", "body", "html",
    };

    private readonly string _html;
    private readonly HtmlSourceAligner _aligner;
    private readonly ProjectionBuilder _out;
    private readonly DocumentBuilder _doc;
    private (int Start, int End)? _space;
    private int _cellDepth;

    private HtmlProjector(SourceText html, HtmlSourceAligner aligner, HeadingVocabulary? headings)
    {
        _doc = new(HtmlFormat.Name, headings);
        _html = html.Text;
        _aligner = aligner;
        _out = new ProjectionBuilder(HtmlFormat.Name, html, PositionScheme.Lines);
    }

    /// <exception cref="InputLimitException">The page exceeds one of the <see cref="InputLimits"/> (nesting, elements, cells).</exception>
    public static Document Read(SourceText html, HeadingVocabulary? headings = null)
    {
        // The HTML5 parser scans the open elements for many tags, quadratic on thousands of nested ones: the budget
        // counts that work as the parse goes and stops it at its cap.
        var budget = new HtmlParseBudget();
        var document = new HtmlParser(new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            MaximumDepth = int.MaxValue,
            OnCreated = (element, _) => budget.Created(element),
        }).ParseDocument(html.Text);
        budget.Finished();
        var projector = new HtmlProjector(html, new HtmlSourceAligner(html.Text, document), headings);
        var body = HtmlBodyFinder.Find(document);
        if (document.Head?.QuerySelector("title")?.ChildNodes.OfType<IText>().FirstOrDefault() is { } title)
            projector.PageTitle(title);
        projector.Node(body);
        return projector._doc.Build(projector._out.ToSourceText(html.Path), runningText: true);
    }

    /// <summary>The part of the page's &lt;title&gt; that names the report (portals append the site name after _ or |).</summary>
    private void PageTitle(IText title)
    {
        string data = title.Data;
        int from = 0;
        foreach (var part in data.Split(['_', '|', '｜', '—', '－']))
        {
            if (part.Contains("报告", StringComparison.Ordinal))
            {
                int start = _out.Length;
                Characters(title, from, from + part.Length);
                _out.TrimEnd(c => c == ' ');
                // The body's own title, when it has one, comes first: this one is offered for when it has none.
                if (_out.Length > start) _doc.OfferTitle(TextSpan.FromBounds(start, _out.Length));
                BlockBreak(0);
                return;
            }
            from += part.Length + 1;
        }
    }

    private void Node(INode node)
    {
        if (node is IText text)
        {
            Characters(text, 0, text.Data.Length);
            return;
        }
        if (node is IComment comment)
        {
            Directive(comment);
            return;
        }
        if (node is not IElement element || Skipped.Contains(element.LocalName) || HtmlBodyFinder.IsHidden(element)) return;
        int anchor = HtmlSourceAligner.ElementStart(element);
        string name = element.LocalName;
        if (name == "br") LineBreak(anchor);
        else if (element is IHtmlTableElement table && table.QuerySelector("table") is null) Table(table, anchor);
        else if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6') Heading(element, name[1] - '0', anchor);
        else if (Blocks.Contains(name))
        {
            BlockBreak(anchor);
            Children(element);
            BlockBreak(anchor);
        }
        else Children(element);
    }

    /// <summary>A directive comment (govlint-disable …) ends the block it is in and has a blank line of its own, so that it covers the lines a text file's would.</summary>
    private void Directive(IComment comment)
    {
        if (_cellDepth > 0) return;
        int anchor = HtmlSourceAligner.ElementStart(comment.ParentElement);
        if (DirectiveSyntax.Parse(comment.Data, new TextSpan(0, 0)) is not { } directive) return;
        BlockBreak(anchor);
        // Shown where the comment's element starts, as the blank line that holds it.
        _doc.Directive(directive with { Span = new TextSpan(_out.Length, 0) });
        _out.AppendSynthetic("\n", anchor);
        BlockBreak(anchor);
    }

    private void Children(INode node)
    {
        foreach (var child in node.ChildNodes) Node(child);
    }

    private void Heading(IElement heading, int level, int anchor)
    {
        BlockBreak(anchor);
        if (_cellDepth > 0 || string.IsNullOrWhiteSpace(heading.TextContent))
        {
            Children(heading);
            BlockBreak(anchor);
            return;
        }
        int start = _out.Length;
        _out.AppendSynthetic(new string('#', level) + " ", anchor);
        int content = _out.Length;
        Children(heading);
        _out.TrimEnd(c => c == ' ');
        // A heading element holding block elements spans several lines: it is a heading up to its first line break.
        int end = _out.IndexOf('\n', start);
        if (end < 0) end = _out.Length;
        _doc.Heading(TextSpan.FromBounds(start, end), level, HeadingSyntax.Markdown, TextSpan.FromBounds(Math.Min(content, end), end));
        BlockBreak(anchor);
    }

    private void Table(IHtmlTableElement table, int anchor)
    {
        var grid = HtmlTableGrid.Layout(table);
        if (table.Caption is { } caption)
        {
            BlockBreak(anchor);
            Children(caption);
        }
        BlockBreak(anchor);
        if (grid.Count == 0) return;
        _doc.BeginTable();
        for (int r = 0; r < grid.Count; r++)
        {
            var row = grid[r];
            int rowStart = _out.Length;
            _doc.BeginRow(rowStart);
            for (int k = 0; k < row.Count; k++)
            {
                if (k > 0) _out.AppendSynthetic("\t", row[k] is { } c ? HtmlSourceAligner.ElementStart(c) : anchor);
                int cellStart = _out.Length;
                if (row[k] is { } cell) Cell(cell);
                var (rows, columns) = row[k] is { } merged ? HtmlTableGrid.SpanOf(merged) : (1, 1);
                // A merged cell reaches no further than the table's last row (rowspan="0" reaches exactly there).
                _doc.Cell(cellStart, _out.Length, Math.Min(rows, grid.Count - r), columns);
            }
            // A row with nothing in it (a spacer) is left out.
            if (_out.DropBlankSince(rowStart))
            {
                _doc.DiscardRow();
                continue;
            }
            _doc.EndRow(_out.Length);
            // The text shows a row of one cell as a table row too.
            if (row.Count == 1) _out.AppendSynthetic("\t", anchor);
            _out.AppendSynthetic("\n", anchor);
        }
        _doc.EndTable();
        _out.AppendSynthetic("\n", anchor);
    }

    private void Cell(IElement cell)
    {
        _cellDepth++;
        _space = null;
        Children(cell);
        _space = null;
        _out.TrimEnd(c => c == ' ');
        _cellDepth--;
    }

    private void Characters(IText text, int from, int to)
    {
        string data = text.Data;
        for (int i = from; i < to; i++)
        {
            char c = data[i];
            var (start, length) = _aligner.Locate(text, i);
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
            {
                _space = _space is { } open ? (open.Start, Math.Max(open.End, start + length)) : (start, start + length);
                continue;
            }
            if (_space is { } space)
            {
                _space = null;
                if (_out.Length > 0 && !char.IsWhiteSpace(_out.Last)) _out.AppendStandIn(" ", space.Start, space.End - space.Start);
            }
            if (length == 1 && _html[start] == c) _out.AppendVerbatim([c], start);
            else _out.AppendStandIn([c], start, length);
        }
    }

    /// <summary>The end of a block: a blank line in the body, a join inside a table cell.</summary>
    private void BlockBreak(int anchor)
    {
        _space = null;
        if (_cellDepth > 0) { _out.Separate(anchor); return; }
        _out.TrimEnd(c => c == ' ');
        while (!_out.AtBlankLine) _out.AppendSynthetic("\n", anchor);
    }

    private void LineBreak(int anchor)
    {
        _space = null;
        if (_cellDepth > 0) { _out.Separate(anchor); return; }
        _out.TrimEnd(c => c == ' ');
        if (_out.Length > 0 && _out.Last != '\n') _out.AppendSynthetic("\n", anchor);
    }
}
