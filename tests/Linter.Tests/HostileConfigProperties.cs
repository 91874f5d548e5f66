using CsCheck;
using GovInfo.Linter.Configuration;
using GovInfo.Report.Yaml;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>
/// Property test on generated hostile govlint.yaml text (issue 17): the config loader gives a config or located errors
/// (<see cref="YamlFileException"/>), never another exception. Cases: <see cref="PropertyRuns"/> (GOVLINT_PROPERTY_ITERATIONS).
/// </summary>
public class HostileConfigProperties
{
    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.OneOfConst("error", "warning", "info", "hidden", "off", "none", "loud", "ERROR", "[]", "{}", "~", "''", "[GI6001]", "[GI9999, 1]", "{b: 1}",
            "\"drafts/**\"", "[\"**/*.txt\", \"[\"]", "[[[[1]]]]", "&a x", "*a", "!!binary AAAA", "1e400", "\"\\u0000\""),
        Gen.Select(Gen.OneOfConst("{a: ", "[", "[{b: "), Gen.Int[1, 3000]).Select((open, depth) => string.Concat(Enumerable.Repeat(open, depth)) + "1"),
        Gen.String.Select(s => "'" + s.Replace("'", "''") + "'"));

    private static readonly Gen<string> Key = Gen.OneOfConst("rules", "disable", "severity", "max-severity", "fail-on", "overrides", "files", "colour", "GI6001", "");

    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.Select(Key, Value).Select((k, v) => $"{k}: {v}\n"),
        Gen.Select(Key, Key, Value).Select((k, inner, v) => $"{k}:\n  {inner}: {v}\n"),
        Gen.Select(Key, Value).Select((k, v) => $"overrides:\n  - files: a/*\n    {k}: {v}\n"),
        Gen.OneOfConst("---\n", "...\n", "- x\n", "\t\n", "# 注释\n"));

    [Fact]
    public void The_config_loader_gives_a_config_or_located_errors_for_any_text()
    {
        long iterations = PropertyRuns.Iterations(500);
        string path = Path.Combine(Path.GetTempPath(), "govlint-property", ConfigLoader.FileName);
        Gen.OneOf(Line.Array[0, 8].Select(string.Concat), Gen.String).Sample(text =>
        {
            try
            {
                var config = ConfigLoader.Parse(text, path);
                Assert.NotNull(config.BaseDirectory);
            }
            catch (YamlFileException e)
            {
                Assert.NotEmpty(e.Errors);
                foreach (var error in e.Errors) Assert.InRange(error.Render().Length, 1, 2000);
            }
            PropertyRuns.AssertMemoryBounded();
        }, iter: iterations, threads: PropertyRuns.Threads);
        PropertyRuns.Report(nameof(The_config_loader_gives_a_config_or_located_errors_for_any_text), iterations);
    }
}
