using System.Text;
using GovInfo.Linter.Engine;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Fixes;

/// <summary>Applies the fixes of a file's diagnostics to its text, and encodes the result as the file was encoded.</summary>
public static class FixApplier
{
    /// <summary>The text with every fix applied, left to right; a fix overlapping an earlier one waits for the next pass.</summary>
    public static (string Text, int Applied) Apply(SourceText source, IEnumerable<Diagnostic> diagnostics)
    {
        var fixes = diagnostics.Select(d => d.Fix).OfType<Dsl.Rules.RuleFix>().Distinct()
            .OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length).ToList();
        var text = new StringBuilder(source.Length);
        int position = 0, applied = 0;
        foreach (var fix in fixes)
        {
            if (fix.Span.Start < position || source[fix.Span] == fix.Replacement) continue;
            text.Append(source.Text, position, fix.Span.Start - position).Append(fix.Replacement);
            position = fix.Span.End;
            applied++;
        }
        text.Append(source.Text, position, source.Length - position);
        return (text.ToString(), applied);
    }

    /// <summary>Bytes in the source's own encoding, with its byte order mark if it had one; line endings are whatever the text holds.</summary>
    public static byte[] Encode(SourceText source, string text)
    {
        byte[] preamble = source.HadByteOrderMark ? source.Encoding.GetPreamble() : [];
        return [.. preamble, .. source.Encoding.GetBytes(text)];
    }
}
