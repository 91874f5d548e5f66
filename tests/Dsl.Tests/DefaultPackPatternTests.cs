using System.Text.RegularExpressions;

namespace GovInfo.Dsl.Tests;

/// <summary>The default pack's patterns run without backreferences (issue 18): linear, on the automaton or without repetition.</summary>
public class DefaultPackPatternTests
{
    [Fact]
    public void The_default_pack_uses_no_backreference_regex()
    {
        var backreference = new Regex(@"\\k<|\\[1-9]");
        var files = Directory.GetFiles(Rules.DefaultFolder, "*.yaml");
        Assert.NotEmpty(files);
        foreach (string file in files)
            foreach (var (line, n) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
                Assert.False(backreference.IsMatch(line), $"{Path.GetFileName(file)}({n}): {line.Trim()}");
    }

    [Fact]
    public void GI6005s_pattern_finds_what_its_backreference_pattern_found()
    {
        var before = new Regex(@"([，。、；：！？])\1+", RegexOptions.CultureInvariant);
        var after = new Regex(@"(?<p>，)，+|(?<p>。)。+|(?<p>、)、+|(?<p>；)；+|(?<p>：)：+|(?<p>！)！+|(?<p>？)？+", RegexOptions.CultureInvariant);
        const string alphabet = "，，。。、；：！？甲,";
        var random = new Random(6005);
        int withMatches = 0;
        for (int n = 0; n < 5_000; n++)
        {
            string text = new([.. Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = before.Matches(text).Select(m => (m.Index, m.Length, m.Groups[1].Value)).ToList();
            Assert.Equal(expected, after.Matches(text).Select(m => (m.Index, m.Length, m.Groups["p"].Value)));
            if (expected.Count > 0) withMatches++;
        }
        Assert.True(withMatches > 1_000, $"only {withMatches} texts with a repeated mark");
    }
}
