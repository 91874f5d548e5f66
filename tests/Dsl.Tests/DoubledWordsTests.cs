using System.Text.RegularExpressions;
using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Runtime;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>
/// <c>doubled(…)</c>, the linear doubled-word check GI6006 uses instead of a backreference regex (issue 17): the same
/// matches as the regex it replaces, work counted in the step budget and linear in the text, and the function's checks.
/// </summary>
public class DoubledWordsTests
{
    /// <summary>GI6006's pattern before <c>doubled(…)</c>: what the linear search must find, match for match.</summary>
    private static readonly Regex BackreferencePattern = new(
        @"(?<w>[的了和与及对将在是为])\k<w>(?!(?<y>[\u4e00-\u9fff])\k<y>)|(?<w>[\u4e00-\u9fff]{2,4})\k<w>", RegexOptions.CultureInvariant);

    private static bool IsSingle(char c) => "的了和与及对将在是为".Contains(c);
    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static List<(int Start, int WordLength)> Find(string text, EvalContext? context = null)
        => DoubledWords.Find(text, IsSingle, IsHan, 4, context ?? NewContext());

    private static EvalContext NewContext() => new(new ReportView(Reports.FromText("甲")), 0);

    [Theory]
    [InlineData("严格落实信息发布的的审核流程。")]
    [InlineData("公开数据的的确确经过了审核。")]
    [InlineData("层层把关，紧紧围绕中心工作作风建设。")]
    [InlineData("加强审核审核工作，资金资金到位")]
    [InlineData("的的的的")]
    [InlineData("的的甲的的甲")]
    [InlineData("工作作风作风")]
    [InlineData("紧紧围紧围")]
    [InlineData("的的，的的a的的")]
    [InlineData("𠀀𠀀的的𠀀")]
    public void Finds_what_the_backreference_regex_found(string text)
        => Assert.Equal(RegexMatches(text), Find(text));

    [Fact]
    public void Finds_what_the_backreference_regex_found_on_ten_thousand_generated_texts()
    {
        // A small alphabet, so that doubled characters, AABB runs, overlapping candidates and words cut by a
        // non-Han character all occur often.
        const string alphabet = "的的了确审核工作风甲，a";
        var random = new Random(17);
        int withMatches = 0;
        for (int n = 0; n < 10_000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            string text = new(chars);
            var expected = RegexMatches(text);
            Assert.True(expected.SequenceEqual(Find(text)), text);
            if (expected.Count > 0) withMatches++;
        }
        Assert.True(withMatches > 1_000, $"only {withMatches} texts with a doubled word");
    }

    [Fact]
    public void A_long_hostile_text_gives_what_its_pieces_give_in_steps_linear_in_its_length()
    {
        // Runs that make a backreference pattern try every length at every place: one doubled word per piece.
        const string piece = "审核审核的的确确工作作风，";
        var once = Find(piece);
        Assert.Single(once);

        foreach (int copies in new[] { 1_000, 100_000 })
        {
            string text = string.Concat(Enumerable.Repeat(piece, copies));
            var context = NewContext();
            var found = Find(text, context);
            Assert.Equal(copies, found.Count);
            Assert.Equal(Enumerable.Range(0, copies).Select(i => (i * piece.Length + once[0].Start, once[0].WordLength)), found);
            // One step per place examined: never more than the text's length, whatever it holds.
            long steps = long.MaxValue - context.StepsLeft;
            Assert.InRange(steps, text.Length / 2, text.Length);
            // Each copy costs what the piece alone does, plus its last place, which alone has no character after it.
            Assert.Equal(copies * (long.MaxValue - StepsFor(piece) + 1) - 1, steps);
        }
    }

    [Fact]
    public void Runs_out_of_the_step_budget_instead_of_running_on()
    {
        var context = NewContext();
        context.StepsLeft = 1_000;
        Assert.Throws<StepBudgetExceededException>(() => Find(new string('a', 5_000), context));
    }

    [Fact]
    public void A_forbid_of_doubled_words_reports_each_with_its_word_and_a_fix()
    {
        var set = Rules.FromYaml(Rule("""
                forbid: doubled(text, /[的了]/, /[\u4e00-\u9fff]/, 4)
                unless: group(match, "1") == "资金"
                message: '“{group(match, "1")}”重复（{match.text}）。'
                fix: "{group(match, '1')}"
            """));
        Assert.Empty(set.Errors);
        var report = Reports.FromText("示例局2024年政府信息公开工作年度报告\n\n加强审核审核工作，资金资金到位，落实的的确确，做好了了。\n");
        var findings = Assert.Single(set.Rules).Evaluate(new ReportView(report));
        Assert.Equal(["“审核”重复（审核审核）。", "“了”重复（了了）。"], findings.Select(f => f.Message));
        Assert.Equal(["审核", "了"], findings.Select(f => f.Fix!.Replacement));
        string text = report.Document.Source.Text;
        Assert.Equal(["审核审核", "了了"], findings.Select(f => text.Substring(f.Primary.Start, f.Primary.Length)));
    }

    [Theory]
    [InlineData("doubled(text, /[的]/, /[甲]/, 9)")]
    [InlineData("doubled(text, /[的]/, /[甲]/, 1)")]
    [InlineData("doubled(text, /[的]/, /[甲]/, 2.5)")]
    [InlineData("doubled(text, /[的]/, /[甲]/, length(text))")]
    [InlineData("doubled(text, /[的]/, 4)")]
    [InlineData("doubled(text, \"的\", /[甲]/, 4)")]
    public void A_bad_call_is_a_rule_file_error(string call)
    {
        var set = Rules.FromYaml(Rule($"""
                forbid: {call}
                message: 不会出现
            """));
        Assert.Equal(DslErrorCodes.TypeError, Assert.Single(set.Errors).Code);
        Assert.Empty(set.Rules);
    }

    private static long StepsFor(string text)
    {
        var context = NewContext();
        Find(text, context);
        return context.StepsLeft;
    }

    private static List<(int, int)> RegexMatches(string text)
        => [.. BackreferencePattern.Matches(text).Select(m => (m.Index, m.Groups["w"].Length))];

    private static string Rule(string body) => """
        rules:
          - id: GI9961
            title: 测试
            severity: warning
            category: 测试
            description: 测试规则
            examples: { invalid: [甲], valid: [乙] }
            scope: paragraph

        """ + body;
}
