using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Pdf;
using GovInfo.Report.Text;

namespace GovInfo.Report.Tests.Pdf;

/// <summary>The Document the PDF reader builds from small PDFs made here: reading order, ruled and aligned tables, positions, refusals.</summary>
public sealed class PdfReaderTests
{
    private static Document Read(byte[] bytes, PdfLimits? limits = null)
    {
        Assert.True(new PdfFormat(limits: limits).TryRead(bytes, "r.pdf", out var document, out var error), error);
        return document;
    }

    private static string Refusal(byte[] bytes, PdfLimits? limits = null)
    {
        Assert.False(new PdfFormat(limits: limits).TryRead(bytes, "r.pdf", out _, out var error));
        return error!;
    }

    private static Table OnlyTable(Document document) => Assert.Single(document.Blocks.OfType<Table>());

    // Column 0 of rows 1–3 is one cell (no rule divides it), its letters set one under another.
    [Fact]
    public void A_ruled_table_has_its_cells_spans_and_a_vertical_label_read_top_to_bottom()
    {
        var pdf = new PdfTestDocument().Page()
            .Text("Report", 50, 750)
            .Grid([50, 100, 200, 300], [700, 680, 660, 640, 620], (2, 0), (3, 0))
            .Text("Kind", 55, 686).Text("Sub", 105, 686).Text("Count", 205, 686)
            .Text("X", 70, 668).Text("Y", 70, 652).Text("Z", 70, 636)
            .Text("r1", 105, 666).Text("1", 205, 666)
            .Text("r2", 105, 646).Text("2", 205, 646)
            .Text("r3", 105, 626).Text("3", 205, 626)
            .Build();
        var table = OnlyTable(Read(pdf));
        Assert.Equal(TableSyntax.RuledLines, table.Syntax);
        Assert.Equal(4, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(3, r.Cells.Count));
        Assert.Equal(["Kind", "Sub", "Count"], table.Rows[0].Cells.Select(c => c.Text));
        var label = table.Rows[1].Cells[0];
        Assert.Equal("XYZ", label.Text.Replace(" ", ""));
        Assert.Equal((3, 1), (label.RowSpan, label.ColumnSpan));
        Assert.Equal(["", ""], table.Rows.Skip(2).Select(r => r.Cells[0].Text));
        Assert.Equal([1m, 2m, 3m], table.Rows.Skip(1).Select(r => r.Cells[2].Value.Number!.Value));
    }

    // The bottom edge of page 1's piece is not drawn; page 2 prints the header row again.
    [Fact]
    public void A_table_going_on_on_the_next_page_is_one_table_without_the_repeated_header()
    {
        double[] xs = [50, 150, 250];
        var pdf = new PdfTestDocument()
            .Page().Grid(xs, [700, 680, 660]).Line(50, 660, 50, 640).Line(150, 660, 150, 640).Line(250, 660, 250, 640)
            .Text("Item", 55, 686).Text("Count", 155, 686).Text("a", 55, 666).Text("1", 155, 666).Text("b", 55, 646).Text("2", 155, 646)
            .Text("- 1 -", 140, 40)
            .Page().Grid(xs, [780, 760, 740])
            .Text("Item", 55, 766).Text("Count", 155, 766).Text("c", 55, 746).Text("3", 155, 746)
            .Build();
        var document = Read(pdf);
        var table = OnlyTable(document);
        Assert.Equal(["Item", "a", "b", "c"], table.Rows.Select(r => r.Cells[0].Text));
        Assert.DoesNotContain("- 1 -", document.Source.Text);
    }

    [Fact]
    public void A_table_head_alone_at_the_foot_of_a_page_opens_the_table_on_the_next_in_its_columns()
    {
        // The head's second cell spans the two columns the body splits (its edge at 200 is the body's only).
        var pdf = new PdfTestDocument()
            .Page().Text("Some text above the table.", 50, 760)
            .Grid([50, 150, 250, 300], [80, 60]).Text("Item", 55, 66).Text("Counts", 155, 66).Text("All", 255, 66)
            .Text("- 1 -", 140, 40)
            .Page().Grid([50, 150, 200, 250, 300], [780, 760, 740])
            .Text("a", 55, 766).Text("1", 155, 766).Text("2", 205, 766).Text("3", 255, 766)
            .Text("b", 55, 746).Text("4", 155, 746).Text("5", 205, 746).Text("9", 255, 746)
            .Build();
        var table = OnlyTable(Read(pdf));

        Assert.Equal(["Item", "Counts", "", "All"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(2, table.Rows[0].Cells[1].ColumnSpan);
        Assert.Equal(["a", "1", "2", "3"], table.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Words_aligned_in_columns_without_rules_are_a_table()
    {
        var pdf = new PdfTestDocument().Page()
            .Text("Some text above the table.", 50, 760)
            .Text("Item", 50, 720).Text("Q1", 150, 720).Text("Q2", 250, 720).Text("Total", 350, 720)
            .Text("north", 50, 705).Text("1", 150, 705).Text("2", 250, 705).Text("3", 350, 705)
            .Text("south", 50, 690).Text("4", 150, 690).Text("5", 250, 690).Text("9", 350, 690)
            .Build();
        var table = OnlyTable(Read(pdf));
        Assert.Equal(TableSyntax.AlignedColumns, table.Syntax);
        Assert.Equal(["south", "4", "5", "9"], table.Rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_position_is_a_page_a_line_within_it_and_a_character_within_the_line()
    {
        var pdf = new PdfTestDocument()
            .Page().Text("First page.", 50, 700)
            .Page().Text("Top line.", 50, 700).Text("Second word here.", 50, 680)
            .Build();
        var source = Read(pdf).Source;
        Assert.Equal(PositionScheme.Pages, source.Scheme);
        int at = source.Text.IndexOf("word", StringComparison.Ordinal);
        Assert.Equal(new PagePosition(2, 2, 8), source.Map!.OnPage(source.Locate(at)));
    }

    [Fact]
    public void A_line_that_fills_the_measure_goes_on_into_the_next_across_a_page_break()
    {
        var pdf = new PdfTestDocument()
            .Page().Text("A first paragraph that is long enough to set the measure of this page", 50, 700)
            .Text("and ends here:", 50, 686).Text("The next one is as long as the first line was, and it is cut at", 50, 672)
            .Text("- 1 -", 140, 40)
            .Page().Text("the page break.", 50, 700)
            .Build();
        var paragraphs = Read(pdf).Blocks.OfType<Paragraph>().Select(p => p.Text.Replace("\n", " ")).ToList();
        Assert.Contains(paragraphs, p => p.EndsWith("it is cut at the page break.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_short_of_the_margin_goes_on_only_into_a_word_that_did_not_fit_there()
    {
        const string measure = "A first paragraph that is long enough to set the measure of this page";
        var pdf = new PdfTestDocument()
            .Page().Text(measure, 50, 700)
            .Text(measure[..^6], 50, 686).Text("2024 moved whole to this line", 50, 672)
            .Text("An unrelated line that is long enough to set the measure of this page", 50, 640)
            .Text(measure[..^6], 50, 626).Text("(a bracket) starts a new paragraph", 50, 612)
            .Build();
        string text = string.Join("\n\n", Read(pdf).Blocks.OfType<Paragraph>().Select(p => p.Text));
        Assert.Contains("measure of thi 2024 moved whole", text);
        // Not joined as rendered: the line break stays where the line stopped.
        Assert.Contains("measure of thi\n(a bracket)", text);
    }

    [Fact]
    public void A_line_the_outline_names_is_a_heading_at_the_depth_of_its_entry()
    {
        var pdf = new PdfTestDocument()
            .Page().Text("1. Overview", 50, 700).Text("Some text of the overview.", 50, 686)
            .Text("2. Details", 50, 660).Text("1.1 Sub part", 50, 640).Text("Some more text.", 50, 626)
            .Outline(("1. Overview", 0), ("2. Details", 0), ("1.1 Sub part", 1))
            .Build();
        var headings = Read(pdf).Blocks.OfType<Heading>().Select(h => (h.Text, h.Level)).ToList();

        Assert.Contains(("1. Overview", 1), headings);
        Assert.Contains(("2. Details", 1), headings);
        Assert.Contains(("1.1 Sub part", 2), headings);
        Assert.DoesNotContain(headings, h => h.Text.StartsWith("Some", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_without_text_is_refused_as_a_probable_scan()
    {
        var pdf = new PdfTestDocument().Page().Grid([50, 100], [700, 650]).Build();
        Assert.StartsWith(PdfFormat.NoTextLayer, Refusal(pdf));
    }

    [Fact]
    public void Limits_on_pages_and_glyphs_are_counted_work_with_their_own_messages()
    {
        var pdf = new PdfTestDocument().Page().Text("One page.", 50, 700).Page().Text("Two pages.", 50, 700).Build();
        Assert.Contains("超过上限 1 页", Refusal(pdf, new PdfLimits(MaxPages: 1)));
        Assert.Contains("字形超过上限 5 个", Refusal(pdf, new PdfLimits(MaxGlyphs: 5)));
        Assert.Contains("超过上限", Refusal(pdf, new PdfLimits(MaxBytes: 100)));
        Read(pdf, new PdfLimits(MaxPages: 2, MaxGlyphs: 100));
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused_and_no_fix_is_ever_written()
    {
        var format = new PdfFormat();
        Assert.False(format.Sniff("plain text"u8));
        Assert.Contains("%PDF-", Refusal("not a pdf"u8.ToArray()));
        var pdf = new PdfTestDocument().Page().Text("Text.", 50, 700).Build();
        var document = Read(pdf);
        Assert.Equal(PdfFormat.NoFixes, document.Source.Map!.ReadOnlyReason);
        Assert.False(format.TryWrite(pdf, document.Source, [], out _, out var error));
        Assert.StartsWith(PdfFormat.NoFixes, error);
    }
}
