using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;
using Markdig;
using Markdig.Syntax;
using Block = GovInfo.Report.Documents.Block;
using MdBlock = Markdig.Syntax.Block;
using MdTable = Markdig.Extensions.Tables.Table;

namespace GovInfo.Report.Formats.Markdown;

/// <summary>
/// Reads Markdown reports through Markdig: ATX and Setext headings, paragraphs, lists and pipe tables.
/// Tab-separated table blocks, which Markdig would take for code or paragraph text, are found first
/// by the same rule as in plain text. No Markdig type leaves this class.
/// </summary>
/// <param name="headings">The template's part titles, to find headings written inside a line; none when null.</param>
public sealed class MarkdownReader(HeadingVocabulary? headings = null) : IReportReader
{
    // Block spans only: this reader cuts all text from the source, so Markdig need not track inline positions.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public const string Name = "markdown";

    public string Format => Name;

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public int ScoreContent(SourceText source)
    {
        int score = 0;
        for (int line = 1; line <= Math.Min(source.LineCount, 400); line++)
        {
            var span = source.GetLineSpan(line);
            if (HeadingRecognizer.IsAtxHeading(source.Text, span)) score += 2;
            else if (TableParser.IsPipeRow(source.Text, span)) score += 1;
        }
        return score;
    }

    public Document Read(SourceText source)
    {
        var fenced = FencedLines(source);
        var tables = FindTabTables(source, fenced);
        tables.AddRange(FindPipeTables(source, fenced));
        // Markdig parses table rows inline by inline, most of its time on a report: it gets the tables
        // found here as blank lines of the same length, so every other offset stays where it was.
        var markdown = Parse(Masked(source.Text, tables));
        var builder = new DocumentBuilder(Format, headings);
        foreach (var table in tables) builder.Add(table);
        var walker = new Walker(source, tables.Select(t => LineRange(source, t.Span)).ToList(), builder);
        walker.Visit(markdown, depth: 0);
        walker.Flush();
        return builder.Build(source, runningText: false);
    }

    /// <summary>
    /// Markdig's parse; Markdig stops at its own nesting depth limit (quotes, lists, emphasis or links nested a hundred
    /// levels and more) with an ArgumentException, which is the file's fault, not a bug: refused with a message naming the cap.
    /// </summary>
    /// <exception cref="InputLimitException">The text nests deeper than Markdig's limit.</exception>
    private static Markdig.Syntax.MarkdownDocument Parse(string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            throw new InputLimitException("Markdown 的引用（>）、列表、强调或链接嵌套过深，超过解析器的嵌套深度上限，未检查：请确认这是正常的报告文本。");
        }
    }

    /// <summary>The line ranges of fenced code blocks (``` or ~~~, closed by a fence of the same character at least as long).</summary>
    private static List<(int First, int Last)> FencedLines(SourceText source)
    {
        var fenced = new List<(int, int)>();
        int open = 0;
        char fenceChar = '\0';
        int fenceLength = 0;
        for (int line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            var text = source.Text.AsSpan(span.Start, span.Length);
            var trimmed = text.TrimStart(' ');
            if (text.Length - trimmed.Length > 3 || trimmed.Length < 3 || trimmed[0] is not ('`' or '~')) continue;
            int length = trimmed.Length - trimmed.TrimStart(trimmed[0]).Length;
            if (length < 3) continue;
            if (open == 0) (open, fenceChar, fenceLength) = (line, trimmed[0], length);
            else if (trimmed[0] == fenceChar && length >= fenceLength && trimmed[length..].IsWhiteSpace())
            {
                fenced.Add((open, line));
                open = 0;
            }
        }
        if (open > 0) fenced.Add((open, source.LineCount));
        return fenced;
    }

    /// <summary>Runs of pipe rows whose second row is a delimiter row (| --- |), as Markdown pipe tables are written.</summary>
    private static IEnumerable<Table> FindPipeTables(SourceText source, List<(int First, int Last)> fenced)
    {
        int line = 1;
        while (line <= source.LineCount)
        {
            int end = line;
            while (end <= source.LineCount && TableParser.IsPipeRow(source.Text, source.GetLineSpan(end)) && !IsIn(end, fenced)) end++;
            if (end - line >= 2 && TableParser.IsDelimiterRow(source.Text, source.GetLineSpan(line + 1)))
                yield return TableParser.ParsePipes(source, Enumerable.Range(line, end - line).Select(source.GetLineSpan).ToList());
            line = Math.Max(end, line + 1);
        }
    }

    // Loops, not Any with a lambda: these run for every line, and each lambda captured the line.
    private static bool IsIn(int line, List<(int First, int Last)> ranges) => Overlaps(ranges, line, line);

    private static bool Overlaps(List<(int First, int Last)> ranges, int first, int last)
    {
        foreach (var r in ranges)
            if (first <= r.Last && last >= r.First) return true;
        return false;
    }

    private static string Masked(string text, List<Table> tables)
    {
        if (tables.Count == 0) return text;
        return string.Create(text.Length, (text, tables), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            foreach (var table in state.tables)
                for (int i = table.Span.Start; i < table.Span.End; i++)
                    if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
        });
    }

    private static List<Table> FindTabTables(SourceText source, List<(int First, int Last)> fenced)
    {
        var tables = new List<Table>();
        int line = 1;
        while (line <= source.LineCount)
        {
            int end = line;
            while (end <= source.LineCount && (IsTabLine(source, end, fenced) || (end > line && IsCommentLine(source, end) && end + 1 <= source.LineCount && IsTabLine(source, end + 1, fenced)))) end++;
            if (end > line)
            {
                var run = Enumerable.Range(line, end - line).Select(source.GetLineSpan)
                    .Where(l => !RunningText.IsComment(source.Text, l) || TableParser.IsTabRow(source.Text, l)).ToList();
                var table = TableParser.ParseTabs(source, run);
                if (TableParser.HoldsData(table.Rows)) tables.Add(table);
                line = end;
            }
            else line++;
        }
        return tables;
    }

    private static bool IsCommentLine(SourceText source, int line) => RunningText.IsComment(source.Text, source.GetLineSpan(line));

    private static bool IsTabLine(SourceText source, int line, List<(int First, int Last)> excluded)
    {
        var span = source.GetLineSpan(line);
        return !source.Text.AsSpan(span.Start, span.Length).IsWhiteSpace()
            && TableParser.IsTabRow(source.Text, span)
            && !IsIn(line, excluded);
    }

    /// <summary>Markdig's inclusive span as a half-open one, clamped to the text (Markdig can overshoot at the end).</summary>
    private static TextSpan ToSpan(MarkdownObject o, SourceText source)
    {
        int start = Math.Clamp(o.Span.Start, 0, source.Length);
        int end = o.Span.IsEmpty ? start : Math.Clamp(o.Span.End + 1, start, source.Length);
        return TextSpan.FromBounds(start, end);
    }

    private static (int First, int Last) LineRange(SourceText source, TextSpan span)
        => (source.GetLinePosition(span.Start).Line, source.GetLinePosition(Math.Max(span.Start, span.End - 1)).Line);

    private sealed class Walker(SourceText source, List<(int First, int Last)> taken, DocumentBuilder blocks)
    {
        public void Visit(ContainerBlock container, int depth)
        {
            foreach (var child in container)
            {
                switch (child)
                {
                    case ListBlock list:
                        foreach (var item in list.OfType<ListItemBlock>()) VisitListItem(item, depth);
                        break;
                    case ContainerBlock inner when inner is not MdTable:
                        Visit(inner, depth);
                        break;
                    default:
                        VisitLeafOrTable(child);
                        break;
                }
            }
        }

        private void VisitListItem(ListItemBlock item, int depth)
        {
            Flush();
            var first = item.OfType<LeafBlock>().FirstOrDefault();
            if (first is not null && !IsTaken(ToSpan(first, source)))
            {
                var content = source.Trim(ToSpan(first, source));
                var itemSpan = TextSpan.FromBounds(Math.Min(ToSpan(item, source).Start, content.Start), content.End);
                blocks.Add(new ListItem(itemSpan, depth, content, source[content]));
            }
            foreach (var nested in item.OfType<ListBlock>())
                foreach (var sub in nested.OfType<ListItemBlock>()) VisitListItem(sub, depth + 1);
        }

        private void VisitLeafOrTable(MdBlock child)
        {
            var span = ToSpan(child, source);
            var (firstLine, lastLine) = LineRange(source, span);
            if (child is not LeafBlock || child is HeadingBlock or HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or CodeBlock) Flush();
            switch (child)
            {
                case MdTable:
                    if (IsTaken(span)) return;
                    // Rows need not start with '|' (GFM): every line of the table Markdig found is a row.
                    var rows = Enumerable.Range(firstLine, lastLine - firstLine + 1).Select(source.GetLineSpan)
                        .Where(l => !RunningText.IsBlank(source.Text, l)).ToList();
                    if (rows.Count > 0) blocks.Add(TableParser.ParsePipes(source, rows));
                    return;
                case HeadingBlock heading:
                    if (IsTaken(span)) return;
                    var line = source.GetLineSpan(firstLine);
                    var atx = HeadingRecognizer.ReadAtx(source, line);
                    blocks.Add(atx ?? HeadingRecognizer.Build(source, TextSpan.FromBounds(line.Start, source.GetLineSpan(lastLine).End), heading.Level, HeadingSyntax.Markdown, source.Trim(line)));
                    return;
                case HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                    return;
                case CodeBlock:
                    // Code is quoted as written: one paragraph, not lines in the conventions of running text.
                    if (!IsTaken(span)) blocks.Add(ParagraphReader.Create(source, source.GetLineSpan(firstLine).Cover(source.GetLineSpan(lastLine))));
                    return;
                case LeafBlock:
                    AddTextLines(firstLine, lastLine);
                    return;
            }
        }

        /// <summary>
        /// Paragraph text outside tab tables, read as running text (<see cref="RunningTextReader"/>): paragraphs
        /// separated only by blank lines are passed on together, so a sentence a page break split is joined.
        /// </summary>
        private void AddTextLines(int firstLine, int lastLine)
        {
            for (int line = firstLine; line <= lastLine; line++)
            {
                if (IsTakenLine(line)) { Flush(); continue; }
                if (_pending is { } p && (p.Last == line - 1 || OnlyBlankBetween(p.Last, line))) _pending = (p.First, line);
                else
                {
                    Flush();
                    _pending = (line, line);
                }
            }
        }

        private (int First, int Last)? _pending;

        /// <summary>Hands the running text collected so far to the builder.</summary>
        public void Flush()
        {
            if (_pending is { } p) blocks.RunningLines(p.First, p.Last);
            _pending = null;
        }

        private bool OnlyBlankBetween(int after, int before)
        {
            for (int line = after + 1; line < before; line++)
                if (!RunningText.IsBlank(source.Text, source.GetLineSpan(line))) return false;
            return true;
        }

        private bool IsTaken(TextSpan span)
        {
            var (first, last) = LineRange(source, span);
            return Overlaps(taken, first, last);
        }

        private bool IsTakenLine(int line) => IsIn(line, taken);
    }
}
