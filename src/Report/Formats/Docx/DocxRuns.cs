using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Formats.Docx;

/// <summary>Splits a paragraph's runs so that a column of its line is a boundary between two runs, each keeping the run's formatting.</summary>
internal static class DocxRuns
{
    /// <summary>Makes <paramref name="column"/> (0-based, in the paragraph's line) fall between two runs; the text reads the same.</summary>
    public static void SplitAt(W.Paragraph paragraph, int column)
    {
        var pieces = DocxBody.PiecesOf(paragraph);
        if (column <= 0 || pieces.Count == 0 || column >= pieces[^1].End) return;
        int index = -1;
        for (int i = 0; i < pieces.Count; i++)
            if (pieces[i].Column < column && column < pieces[i].End) index = i;
        if (index >= 0 && pieces[index].Element is W.Text text)
        {
            // The characters after the column move into a w:t of their own, right after it in the same run.
            int cut = column - pieces[index].Column;
            string value = text.Text;
            var rest = new W.Text(value[cut..]) { Space = SpaceProcessingModeValues.Preserve };
            text.Text = value[..cut];
            text.Space = SpaceProcessingModeValues.Preserve;
            text.InsertAfterSelf(rest);
            pieces = DocxBody.PiecesOf(paragraph);
        }
        var after = pieces.FirstOrDefault(p => p.Column == column && p.Text.Length > 0);
        var before = pieces.LastOrDefault(p => p.End == column && p.Text.Length > 0);
        if (after.Element?.Parent is not W.Run run || before.Element?.Parent != run) return;
        // A new run after this one, with the same properties, takes the element at the column and all after it.
        var second = (W.Run)run.CloneNode(false);
        if (run.RunProperties is { } properties) second.Append(properties.CloneNode(true));
        for (var element = after.Element; element is not null;)
        {
            var next = element.NextSibling();
            element.Remove();
            second.Append(element);
            element = next;
        }
        run.InsertAfterSelf(second);
    }
}
