using System.Text;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Diagnostics;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Fixes;

/// <summary>Applies the fixes of a file's diagnostics to its text, and encodes the result as the file was encoded.</summary>
public static class FixApplier
{
    /// <summary>The text with every fix applied, left to right; a fix overlapping an earlier one waits for the next pass.</summary>
    public static (string Text, int Applied) Apply(SourceText source, IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder(source.Length);
        int position = 0, applied = 0;
        foreach (var fix in Choose(source, diagnostics))
        {
            text.Append(source.Text, position, fix.Span.Start - position).Append(fix.Replacement);
            position = fix.Span.End;
            applied++;
        }
        text.Append(source.Text, position, source.Length - position);
        return (text.ToString(), applied);
    }

    /// <summary>
    /// The fixes of a projected text (.docx, HTML) as edits of its original, left to right; a fix whose
    /// text is not in the file (numbering, a cell separator) or cuts a stretch the reader read as one character (an entity,
    /// collapsed white space) is left out; one that covers such a stretch whole replaces it (<see cref="SourceMap.TryMapReplaceable"/>).
    /// </summary>
    public static IReadOnlyList<SourceEdit> MapToOriginal(SourceText source, IEnumerable<Diagnostic> diagnostics)
    {
        var map = source.Map ?? throw new ArgumentException("The text is not projected from another file.", nameof(source));
        var edits = new List<SourceEdit>();
        foreach (var fix in Choose(source, diagnostics))
            if (map.TryMapReplaceable(fix.Span, out var original)) edits.Add(new SourceEdit(original, fix.Replacement));
        return edits;
    }

    /// <summary>The fixes that change something, left to right, leaving out any that overlaps an earlier one or would split a character (the ones a pass applies).</summary>
    public static IEnumerable<RuleFix> Choose(SourceText source, IEnumerable<Diagnostic> diagnostics)
    {
        int position = 0;
        foreach (var fix in diagnostics.Select(d => d.Fix).OfType<RuleFix>().Distinct().OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length))
        {
            if (fix.Span.Start < position || source[fix.Span] == fix.Replacement || !WholeCharacters.Keeps(source.Text, fix.Span, fix.Replacement)) continue;
            position = fix.Span.End;
            yield return fix;
        }
    }

}
