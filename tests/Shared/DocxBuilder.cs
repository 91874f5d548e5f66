using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Tests;

/// <summary>
/// Builds a .docx from a report text as an editor would have written it in Word: the title and Markdown
/// headings in heading styles, every other block one plain paragraph (line breaks as <c>w:br</c>), list
/// items as a bullet list, and tables as Word tables whose header cells are merged (gridSpan, vMerge).
/// Run text is cut into runs of 3–7 characters, every third one bold, as Word splits runs when editing.
/// </summary>
public static class DocxBuilder
{
    public const int BulletList = 1;

    private static readonly int[] RunLengths = [3, 5, 7, 4, 6];

    /// <summary>The .docx of a report text, built from the blocks the plain-text reader finds in it.</summary>
    public static byte[] FromText(string text)
    {
        var document = new PlainTextReader().Read(new SourceText(text, "report.txt"));
        return Build(body =>
        {
            foreach (var block in document.Blocks) body.Append(Convert(block));
        });
    }

    /// <summary>A .docx whose body <paramref name="fill"/> writes, with the builder's styles and bullet list defined.</summary>
    public static byte[] Build(Action<W.Body> fill, Action<MainDocumentPart>? parts = null)
    {
        var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Bullets();
            var body = new W.Body();
            fill(body);
            main.Document = new W.Document(body);
            parts?.Invoke(main);
        }
        return stream.ToArray();
    }

    /// <summary>A fixture's .docx written into <paramref name="folder"/> under the fixture's name.</summary>
    public static string WriteFixture(string fixture, string folder)
    {
        string path = Path.Combine(folder, Path.GetFileNameWithoutExtension(fixture) + ".docx");
        File.WriteAllBytes(path, FromText(File.ReadAllText(fixture)));
        return path;
    }

    /// <summary>A paragraph of the text in runs of 3–7 characters, every third bold; <paramref name="style"/> is a style id.</summary>
    public static W.Paragraph Paragraph(string text, string? style = null, int? bulletLevel = null)
    {
        var paragraph = new W.Paragraph();
        if (style is not null || bulletLevel is not null)
        {
            var properties = new W.ParagraphProperties();
            if (style is not null) properties.Append(new W.ParagraphStyleId { Val = style });
            if (bulletLevel is int level)
                properties.Append(new W.NumberingProperties(new W.NumberingLevelReference { Val = level }, new W.NumberingId { Val = BulletList }));
            paragraph.Append(properties);
        }
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) paragraph.Append(new W.Run(new W.Break()));
            paragraph.Append(Runs(lines[i]));
        }
        return paragraph;
    }

    /// <summary>Runs of 3–7 characters (never splitting a surrogate pair), every third one bold.</summary>
    public static IEnumerable<W.Run> Runs(string text)
    {
        int start = 0;
        for (int n = 0; start < text.Length; n++)
        {
            int length = Math.Min(RunLengths[n % RunLengths.Length], text.Length - start);
            if (char.IsHighSurrogate(text[start + length - 1]) && start + length < text.Length) length++;
            var run = new W.Run();
            if (n % 3 == 2) run.Append(new W.RunProperties(new W.Bold()));
            run.Append(new W.Text(text.Substring(start, length)) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
            start += length;
        }
    }

    private static OpenXmlElement Convert(Block block) => block switch
    {
        TitleBlock title => Paragraph(title.Text, "Title"),
        Heading { Syntax: HeadingSyntax.Markdown } heading => Paragraph(heading.Text, $"Heading{Math.Min(heading.Level, 6)}"),
        Heading heading => Paragraph(heading.Text),
        Paragraph paragraph => Paragraph(paragraph.Text),
        ListItem item => Paragraph(item.Text, bulletLevel: Math.Min(item.Depth, 2)),
        Table table => Table(table),
        _ => throw new ArgumentException($"Unexpected block {block.GetType().Name}."),
    };

    /// <summary>
    /// A Word table with a cell per source cell, except in the header rows (those before the first row
    /// holding a number): there a label followed by empty cells spans them (gridSpan), and a label with
    /// empty cells below it spans those rows (vMerge), as the official tables are drawn.
    /// </summary>
    private static W.Table Table(Table source)
    {
        var rows = source.Rows.Select(r => r.Cells.Select(c => c.Text).ToList()).ToList();
        int header = source.Rows.TakeWhile(r => !r.Cells.Any(c => c.Value.Kind == CellValueKind.Number)).Count();
        int width = rows.Max(r => r.Count);
        var table = new W.Table(
            new W.TableProperties(new W.TableBorders(
                // In the schema's order (top, left, bottom, right), so the file is valid for the Open XML validator.
                new W.TopBorder { Val = W.BorderValues.Single }, new W.LeftBorder { Val = W.BorderValues.Single },
                new W.BottomBorder { Val = W.BorderValues.Single }, new W.RightBorder { Val = W.BorderValues.Single },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single }, new W.InsideVerticalBorder { Val = W.BorderValues.Single })),
            new W.TableGrid(Enumerable.Range(0, width).Select(_ => new W.GridColumn { Width = "1000" })));

        // Grid columns of a header row covered by a vertical merge from above: start column → span.
        var merged = new Dictionary<int, int>[rows.Count];
        for (int r = 0; r < rows.Count; r++) merged[r] = [];
        for (int r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            var row = new W.TableRow();
            if (r >= header)
            {
                foreach (var text in cells) row.Append(Cell(text, 1, null));
                table.Append(row);
                continue;
            }
            for (int c = 0; c < cells.Count;)
            {
                if (merged[r].TryGetValue(c, out int covered))
                {
                    row.Append(Cell("", covered, W.MergedCellValues.Continue));
                    c += covered;
                    continue;
                }
                if (cells[c].Length == 0)
                {
                    row.Append(Cell("", 1, null));
                    c++;
                    continue;
                }
                int span = 1;
                while (c + span < cells.Count && cells[c + span].Length == 0 && !merged[r].ContainsKey(c + span)) span++;
                int below = r + 1;
                while (below < header && Empty(rows[below], c, span) && !merged[below].Keys.Any(k => k >= c && k < c + span)) below++;
                for (int m = r + 1; m < below; m++) merged[m][c] = span;
                row.Append(Cell(cells[c], span, below > r + 1 ? W.MergedCellValues.Restart : null));
                c += span;
            }
            table.Append(row);
        }
        return table;
    }

    private static bool Empty(List<string> row, int start, int span)
        => start + span <= row.Count && row.Skip(start).Take(span).All(t => t.Length == 0);

    private static W.TableCell Cell(string text, int span, W.MergedCellValues? merge)
    {
        var properties = new W.TableCellProperties();
        if (span > 1) properties.Append(new W.GridSpan { Val = span });
        if (merge is { } value) properties.Append(new W.VerticalMerge { Val = value });
        return new W.TableCell(properties, text.Length == 0 ? new W.Paragraph() : Paragraph(text));
    }

    private static W.Styles Styles()
    {
        var styles = new W.Styles(
            new W.Style(new W.StyleName { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
            // Title is recognised by its built-in name; the headings by their outline levels.
            new W.Style(new W.StyleName { Val = "Title" }, new W.BasedOn { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Title" });
        for (int level = 1; level <= 6; level++)
            styles.Append(new W.Style(
                new W.StyleName { Val = $"heading {level}" },
                new W.BasedOn { Val = "Normal" },
                new W.StyleParagraphProperties(new W.OutlineLevel { Val = level - 1 }))
            { Type = W.StyleValues.Paragraph, StyleId = $"Heading{level}" });
        return styles;
    }

    private static W.Numbering Bullets()
    {
        var abstractNum = new W.AbstractNum { AbstractNumberId = 0 };
        for (int level = 0; level < 3; level++)
            abstractNum.Append(new W.Level(
                new W.StartNumberingValue { Val = 1 },
                new W.NumberingFormat { Val = W.NumberFormatValues.Bullet },
                new W.LevelText { Val = "•" })
            { LevelIndex = level });
        return new W.Numbering(abstractNum, new W.NumberingInstance(new W.AbstractNumId { Val = 0 }) { NumberID = BulletList });
    }
}
