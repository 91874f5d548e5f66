using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace GovInfo.Report.Formats.Pdf;

/// <summary>
/// Takes from a PdfPig page what the reader needs: glyphs with Unicode text (a glyph without it counts as
/// unreadable), and ruling lines: stroked straight segments and filled rectangles thin enough to be a border.
/// </summary>
internal static class PdfPageExtractor
{
    // A filled rectangle thinner than this is a drawn border, not shading.
    private const double MaxRuleThickness = 2.0;
    private const double Straight = 0.5;

    /// <summary>The page's content and how many of its glyphs had no readable text.</summary>
    public static (PdfPageContent Content, int Unreadable) Read(Page page)
    {
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        int unreadable = 0;
        foreach (var letter in page.Letters)
        {
            string value = letter.Value;
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (!IsReadable(value))
            {
                unreadable++;
                continue;
            }
            var box = letter.BoundingBox;
            glyphs.Add(new PdfGlyph(value, box.Left, box.Bottom, box.Right, box.Top,
                letter.StartBaseLine.X, letter.StartBaseLine.Y, letter.Width, letter.PointSize > 0 ? letter.PointSize : Math.Max(1, box.Height)));
        }
        return (new PdfPageContent(page.Number, glyphs, Rules(page)), unreadable);
    }

    /// <summary>Text a reader can use: no replacement character, no control or private-use character (a glyph the font maps to nothing).</summary>
    private static bool IsReadable(string value)
    {
        foreach (char c in value)
            if (c == '\uFFFD' || char.IsControl(c) || (c >= '\uE000' && c <= '\uF8FF')) return false;
        return true;
    }

    private static List<PdfRule> Rules(Page page)
    {
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path)
            {
                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box && Math.Min(box.Width, box.Height) < MaxRuleThickness)
                {
                    if (box.Width >= box.Height) Add(rules, new PdfPoint(box.Left, box.Centroid.Y), new PdfPoint(box.Right, box.Centroid.Y));
                    else Add(rules, new PdfPoint(box.Centroid.X, box.Bottom), new PdfPoint(box.Centroid.X, box.Top));
                    continue;
                }
                if (!path.IsStroked) continue;
                PdfPoint? start = null, current = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move: start = current = move.Location; break;
                        case PdfSubpath.Line line:
                            Add(rules, line.From, line.To);
                            current = line.To;
                            break;
                        case PdfSubpath.Close when start is { } s && current is { } c:
                            Add(rules, c, s);
                            current = s;
                            break;
                    }
                }
            }
        }
        return rules;
    }

    private static void Add(List<PdfRule> rules, PdfPoint a, PdfPoint b)
    {
        if (Math.Abs(a.Y - b.Y) < Straight && Math.Abs(a.X - b.X) > Straight)
            rules.Add(new PdfRule(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (Math.Abs(a.X - b.X) < Straight && Math.Abs(a.Y - b.Y) > Straight)
            rules.Add(new PdfRule(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }
}
