using GovInfo.Linter.Engine;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>The default pack on real reports: exactly the expected findings, and each injected defect found where it was put.</summary>
public class RulePackTests
{
    private static string Fixture(string prefix) => File.ReadAllText(TestPaths.Fixture(prefix));

    private static List<(string Id, int Line, string Message)> Findings(string text, string name = "r.txt")
    {
        using var dir = new TempDirectory();
        return Linting.LintOne(dir.File(name, text)).Diagnostics
            .Where(d => d.Severity >= Dsl.Rules.Severity.Warning)
            .Select(d => (d.Id, d.Start.Line, d.Message)).ToList();
    }

    [Fact]
    public void On_the_five_fixtures_the_pack_reports_exactly_the_expected_findings()
    {
        var run = Linting.Runner().Run(new LintOptions([TestPaths.Fixtures]));
        var actual = run.Files.ToDictionary(f => Path.GetFileName(f.Path)[..3],
            f => f.Diagnostics.Where(d => d.Severity >= Dsl.Rules.Severity.Warning).Select(d => $"{d.Id}@{d.Start.Line}:{d.Start.Column}").ToList());
        // GI6003 reads table labels too: 部分公开 (区分处理的, 只计这一情形, 不计其他情形) has two half-width commas.
        Assert.Equal(["GI1003@9:1", "GI6002@19:87", "GI6003@48:17", "GI6003@48:25"], actual["000"]);
        Assert.Equal(["GI6001@15:65", "GI1006@36:5", "GI6003@44:17", "GI6003@44:25"], actual["001"]);
        // Section 五: the colons that end its two sub-headings (lines 86, 90) and fifteen half-width commas and
        // semicolons (lines 88, 92); line 96, in section 六, has one more ("情况,无其他").
        Assert.Equal(
        [
            "GI6003@86:12",
            "GI6003@88:14", "GI6003@88:22", "GI6003@88:46", "GI6003@88:55", "GI6003@88:70", "GI6003@88:88",
            "GI6003@90:9",
            "GI6003@92:9", "GI6003@92:17", "GI6003@92:30", "GI6003@92:43", "GI6003@92:59", "GI6003@92:74", "GI6003@92:83", "GI6003@92:94", "GI6003@92:104",
            "GI6003@96:17",
        ], actual["002"]);
        Assert.Equal(["GI6001@7:36", "GI6003@44:17", "GI6003@44:25"], actual["003"]);
        Assert.Equal(["GI6002@11:32", "GI6003@15:23", "GI1006@46:5", "GI6003@54:17", "GI6003@54:25"], actual["004"]);
    }

    [Fact]
    public void The_samples_report_exactly_their_documented_defects()
    {
        var run = Linting.Runner().Run(new LintOptions([TestPaths.Samples]));
        var byFile = run.Files.ToDictionary(f => Path.GetFileName(f.Path), f => f.Diagnostics.Select(d => $"{d.Id}@{d.Start.Line}").ToList());
        Assert.Empty(byFile["county-market-2024.txt"]);
        Assert.Empty(byFile["city-ecology-2024.md"]);
        // docs/samples.md: (e) 9, (d) 13, (g) 21, (c) 31, (a) 49, (b) 50, (h) 80, (f) 88.
        Assert.Equal(["GI4005@9", "GI4001@13", "GI6001@21", "GI2003@31", "GI3001@49", "GI3002@50", "GI3004@80", "GI5001@88"], byFile["defects-2024.txt"]);
    }

    public sealed record Injection(string Rule, string Fixture, (string From, string To)[] Edits, (string Id, int Line)[] Expected)
    {
        public override string ToString() => Rule;
    }

    public static TheoryData<Injection> Injections() => new(
    [
        new("GI1001", "003", [("六、其他需要报告的事项", "")], [("GI1001", 3)]),
        new("GI1002", "003", [(@"re:(五、存在的主要问题及改进情况\n\n.*\n\n)(六、其他需要报告的事项\n\n.*)", "$2\n\n$1")], [("GI1002", 78)]),
        new("GI1003", "003", [("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n\n二、主动公开政府信息情况\n")], [("GI1003", 21)]),
        new("GI1004", "003", [("2024 年政府信息公开工作年度报告", "2024 年政务公开工作报告")], [("GI1004", 3)]),
        new("GI1005", "004", [("### （五）监督保障", "### （六）监督保障")], [("GI1005", 25)]),
        new("GI1006", "003", [("\n一、总体情况", "\n## 一、总体情况"), ("\n二、主动公开政府信息情况", "\n### 二、主动公开政府信息情况")], [("GI1006", 19)]),
        new("GI1007", "003", [("本年度没有产生", "（政府信息公开的收费及减免情况）本年度没有产生")], [("GI1007", 80)]),
        new("GI1008", "003", [("2024年，川汇区主要存在的问题", "<!-- 待补充 -->\n2024年，川汇区主要存在的问题")], []),
        new("GI1009", "003", [("六、其他需要报告的事项", "六、其他报告的事项")], [("GI1009", 78)]),
        new("GI2001", "003", [(@"re:^行政复议\t.*\n.*\n.*\n.*\n", "")], [("GI2001", 67)]),
        new("GI2002", "003", [("\t\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0\n", "")], [("GI2002", 38)]),
        new("GI2003", "003", [("行政许可\t0", "行政许可\t-")], [("GI2003", 27)]),
        // Any one cell is in a row and a column; changing a row's 自然人 and 总计 together keeps the row sum
        // and breaks the two columns.
        new("GI3001", "001", [("一、本年新收政府信息公开申请数量\t\t42\t10\t0\t0\t0\t4\t56\t", "一、本年新收政府信息公开申请数量\t\t43\t10\t0\t0\t0\t4\t57\t")], [("GI3001", 41), ("GI3001", 41)]),
        new("GI3002", "003", [("\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0\t", "\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t1\t")], [("GI3002", 44), ("GI3003", 64)]),
        new("GI3003", "001", [("\t\t4. 保护第三方合法权益\t3\t0\t0\t0\t0\t0\t3", "\t\t4. 保护第三方合法权益\t4\t0\t0\t0\t0\t0\t4")], [("GI3003", 64), ("GI3003", 64)]),
        new("GI3004", "003", [("1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1", "1\t0\t0\t0\t2\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1")], [("GI3004", 72)]),
        new("GI3005", "003", [("行政规范性文件\t6\t3\t10", "行政规范性文件\t6\t3\t5")], [("GI3005", 24)]),
        new("GI4001", "001", [("受理政府信息公开申请 57 件", "受理政府信息公开申请 58 件")], [("GI4001", 11)]),
        new("GI4002", "001", [("行政复议案件 1 件", "行政复议案件 2 件")], [("GI4002", 11)]),
        new("GI4003", "000", [("工单 10 件，办结率 100%", "工单 10 件，办结 9 件，办结率 100%")], [("GI4003", 13)]),
        new("GI4004", "000", [("2024 年 1 月 1 日起至 2024 年 12 月 31 日", "2023 年 1 月 1 日起至 2023 年 12 月 31 日")], [("GI4004", 7)]),
        new("GI4005", "003", [("2024 年，川汇区政务公开工作", "2023 年，川汇区政务公开工作")], [("GI4005", 7)]),
        new("GI5001", "000", [("本单位在办理 2024 年度信息公开申请中未收取信息处理费。", "本单位认真办理各项申请。")], [("GI5001", 90)]),
        new("GI5002", "003", [("re:下一步将从.*$", "")], [("GI5002", 74)]),
        // A table consistent in itself, with one case closed for an unpaid fee notice, while 六 says no fee was charged.
        new("GI5003", "000",
        [
            ("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t", "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t"),
            ("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1"),
            ("(七) 总计\t\t0\t0\t0\t0\t0\t0\t0\t", "(七) 总计\t\t1\t0\t0\t0\t0\t0\t1\t"),
            ("全年共收到公开政府信息申请 0 条", "全年共收到公开政府信息申请 1 条"),
        ], [("GI5003", 92)]),
        new("GI6001", "003", [("川汇区人民政府办公室通过", "川汇区人民政府办公室 via 通过")], [("GI6001", 9)]),
        new("GI6002", "003", [("主动公开、依申请公开", "主动公开、等依申请公开")], [("GI6002", 17)]),
        // A semicolon: the fixture's own GI6003 findings (its table label) are commas, with the same message as an injected comma.
        new("GI6003", "003", [("围绕中心服务大局，", "围绕中心服务大局;")], [("GI6003", 7)]),
        new("GI6004", "003", [("依照《河南省政府信息公开申请办理答复规范文书格式的通知》", "依照《河南省政府信息公开申请办理答复规范文书格式的通知")], [("GI6004", 11)]),
        new("GI6005", "003", [("围绕中心服务大局，", "围绕中心服务大局，，")], [("GI6005", 7)]),
        new("GI6006", "003", [("围绕中心服务大局", "围绕中心的的服务大局")], [("GI6006", 7)]),
        new("GI6007", "003", [("二是部分单位业务人员", "三是部分单位业务人员")], [("GI6007", 76)]),
    ]);

    [Theory]
    [MemberData(nameof(Injections))]
    public void An_injected_defect_is_found_where_it_was_put(Injection injection)
    {
        string original = Fixture(injection.Fixture);
        string changed = original;
        foreach (var (from, to) in injection.Edits)
        {
            if (from.StartsWith("re:"))
            {
                Assert.Matches(new System.Text.RegularExpressions.Regex(from[3..], System.Text.RegularExpressions.RegexOptions.Multiline), changed);
                changed = System.Text.RegularExpressions.Regex.Replace(changed, from[3..], to, System.Text.RegularExpressions.RegexOptions.Multiline);
                continue;
            }
            Assert.Contains(from, changed);
            changed = changed.Replace(from, to);
        }
        // The fixture's own findings are matched by rule and message, which survive edits and lines inserted above.
        var before = Findings(original).Select(f => (f.Id, f.Message)).ToList();
        var added = new List<(string Id, int Line)>();
        foreach (var finding in Findings(changed))
        {
            int i = before.IndexOf((finding.Id, finding.Message));
            if (i >= 0) before.RemoveAt(i);
            else added.Add((finding.Id, finding.Line));
        }
        Assert.Equal(injection.Expected.OrderBy(e => e.Id).ThenBy(e => e.Line), added.OrderBy(a => a.Id).ThenBy(a => a.Line));
    }

    [Fact]
    public void Every_rule_of_the_pack_has_an_injection_or_a_fixture_finding()
    {
        var covered = ((IEnumerable<object[]>)Injections()).Select(row => ((Injection)row[0]).Rule).ToHashSet();
        var pack = Linting.Runner().Run(new LintOptions([TestPaths.Fixture("000")])).Rules.Select(r => r.Id).Where(id => id is not ("GI0001" or "GI0002"));
        Assert.DoesNotContain(pack, id => !covered.Contains(id));
    }
}
