using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading.Html;

/// <summary>
/// Projects a web page into the plain text the report readers understand: the report body only
/// (<see cref="HtmlBodyFinder"/>), text joined as rendered with white space collapsed, block elements
/// as paragraphs separated by a blank line, <c>h1</c>–<c>h6</c> as Markdown headings, tables as
/// tab-separated rows with merged cells expanded, and the page title first when the body has none.
/// Every character maps back to its place in the HTML source.
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
    private (int Start, int End)? _space;
    private int _cellDepth;

    private HtmlProjector(SourceText html, HtmlSourceAligner aligner)
    {
        _html = html.Text;
        _aligner = aligner;
        _out = new ProjectionBuilder("html", html, PositionScheme.Lines);
    }

    /// <exception cref="OperationCanceledException">The page took longer than the token allows to parse.</exception>
    public static SourceText Project(SourceText html, CancellationToken cancel = default)
    {
        // The HTML5 parser is quadratic on thousands of nested formatting tags; the token bounds that.
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true })
            .ParseDocumentAsync(html.Text, cancel).GetAwaiter().GetResult();
        var projector = new HtmlProjector(html, new HtmlSourceAligner(html.Text, document));
        var body = HtmlBodyFinder.Find(document);
        if (!HasOwnTitle(body) && document.Head?.QuerySelector("title")?.ChildNodes.OfType<IText>().FirstOrDefault() is { } title)
            projector.PageTitle(title);
        projector.Node(body);
        return projector._out.ToSourceText(html.Path);
    }

    /// <summary>Whether the body starts with a title line of its own (报告 before any numbered part).</summary>
    private static bool HasOwnTitle(IElement body)
    {
        string start = new(body.TextContent.Where(c => !char.IsWhiteSpace(c)).Take(200).ToArray());
        int report = start.IndexOf("报告", StringComparison.Ordinal);
        int firstPart = start.IndexOf("一、", StringComparison.Ordinal);
        return report >= 0 && (firstPart < 0 || report < firstPart);
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
                Characters(title, from, from + part.Length);
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

    /// <summary>A govlint directive comment (govlint-disable …) is kept on a line of its own, so suppressions work as in text files.</summary>
    private void Directive(IComment comment)
    {
        string data = comment.Data.Trim();
        if (_cellDepth > 0 || !data.StartsWith("govlint-", StringComparison.Ordinal)) return;
        int anchor = HtmlSourceAligner.ElementStart(comment.ParentElement);
        BlockBreak(anchor);
        _out.AppendSynthetic($"<!-- {data} -->", anchor);
        BlockBreak(anchor);
    }

    private void Children(INode node)
    {
        foreach (var child in node.ChildNodes) Node(child);
    }

    private void Heading(IElement heading, int level, int anchor)
    {
        BlockBreak(anchor);
        if (_cellDepth == 0 && !string.IsNullOrWhiteSpace(heading.TextContent)) _out.AppendSynthetic(new string('#', level) + " ", anchor);
        Children(heading);
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
        foreach (var row in grid)
        {
            int rowStart = _out.Length;
            for (int k = 0; k < row.Count; k++)
            {
                if (k > 0) _out.AppendSynthetic("\t", row[k] is { } c ? HtmlSourceAligner.ElementStart(c) : anchor);
                if (row[k] is { } cell) Cell(cell);
            }
            // A row with nothing in it (a spacer) would read as a blank line and end the table.
            if (_out.DropBlankSince(rowStart)) continue;
            if (row.Count == 1) _out.AppendSynthetic("\t", anchor);
            _out.AppendSynthetic("\n", anchor);
        }
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
