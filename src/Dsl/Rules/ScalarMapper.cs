using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Dsl.Rules;

/// <summary>
/// Maps offsets in a YAML scalar's value back to offsets in the file, for plain, quoted, literal (|)
/// and folded (&gt;) scalars alike. Those styles only add indentation, quotes, escapes and line folding
/// around the value's characters, so each non-blank character of the value is found, in order, in
/// the scalar's raw text.
/// </summary>
public sealed class ScalarMapper
{
    private readonly int[] _map;

    public ScalarMapper(string fileText, YamlScalarNode node)
    {
        string value = node.Value ?? "";
        _map = new int[value.Length + 1];
        int raw = (int)node.Start.Index;
        int rawEnd = Math.Min((int)node.End.Index, fileText.Length);
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // Skip the indicator line (| or > and any chomping/indent markers).
            int newline = fileText.IndexOf('\n', raw);
            raw = newline < 0 ? rawEnd : newline + 1;
        }
        else if (node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) raw++;

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsWhiteSpace(c))
            {
                // A blank of the value is a blank, a line break or (folded) nothing in the raw text.
                _map[i] = raw;
                if (raw < rawEnd && char.IsWhiteSpace(fileText[raw])) raw++;
                continue;
            }
            int found = fileText.IndexOf(c, raw, Math.Max(0, rawEnd - raw));
            if (found >= 0) raw = found;
            _map[i] = raw;
            if (raw < rawEnd) raw++;
        }
        _map[value.Length] = raw;
        Value = value;
    }

    public string Value { get; }

    /// <summary>The file offset of the character at <paramref name="offset"/> in the scalar's value.</summary>
    public int FileOffset(int offset) => _map[Math.Clamp(offset, 0, _map.Length - 1)];
}
