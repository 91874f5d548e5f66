using System.Globalization;

namespace GovInfo.Corpus;

/// <summary>
/// Writes reports in the official format (国办公开办函〔2021〕30号), plain text or Markdown, with varied
/// issuers, years and numbers that satisfy every identity; a configurable share gets one injected defect
/// of a catalog kind, and each report carries the findings the default pack must report on it.
/// Deterministic: the same seed gives the same corpus.
/// </summary>
public sealed class CorpusGenerator(int seed, double defectShare = 0.5, double markdownShare = 0.3)
{
    private static readonly string[] Places = ["青山县", "白水市", "南湖区", "北岭镇", "东川县", "西坪市", "云溪区", "石门县", "长宁镇", "临江市"];
    private static readonly string[] Agencies = ["教育局", "卫生健康委员会", "自然资源局", "人力资源和社会保障局", "市场监督管理局", "交通运输局", "人民政府办公室", "民政局", "农业农村局", "生态环境局"];

    private static readonly string[][] ResultRows =
    [
        ["三、本年度办理结果", "(一) 予以公开"],
        ["", "(二) 部分公开 (区分处理的，只计这一情形，不计其他情形)"],
        ["", "(三) 不予公开", "1. 属于国家秘密"], ["", "", "2. 其他法律行政法规禁止公开"], ["", "", "3. 危及“三安全一稳定”"],
        ["", "", "4. 保护第三方合法权益"], ["", "", "5. 属于三类内部事务信息"], ["", "", "6. 属于四类过程性信息"],
        ["", "", "7. 属于行政执法案卷"], ["", "", "8. 属于行政查询事项"],
        ["", "(四) 无法提供", "1. 本机关不掌握相关政府信息"], ["", "", "2. 没有现成信息需要另行制作"], ["", "", "3. 补正后申请内容仍不明确"],
        ["", "(五) 不予处理", "1. 信访举报投诉类申请"], ["", "", "2. 重复申请"], ["", "", "3. 要求提供公开出版物"],
        ["", "", "4. 无正当理由大量反复申请"], ["", "", "5. 要求行政机关确认或重新出具已获取信息"],
        ["", "(六) 其他处理", "1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
        ["", "", "2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], ["", "", "3. 其他"],
    ];

    /// <summary>The result row that counts cases closed for an unpaid fee notice: kept 0, as 六 says no fee was charged (but for the GI5003 defect).</summary>
    private const int FeeUnpaidRow = 19;

    /// <summary>The result row (3. 要求提供公开出版物) the GI2002 defect leaves out: it then holds no cases.</summary>
    private const int DroppableRow = 15;

    public static readonly string[] DefectKinds =
        ["GI1001", "GI1002", "GI1003", "GI1004", "GI1005", "GI1006", "GI1007", "GI1008", "GI1009", "GI2001", "GI2002", "GI2003", "GI3001", "GI3002", "GI3003", "GI3004", "GI3005",
         "GI4001", "GI4002", "GI4003", "GI4004", "GI4005", "GI5001", "GI5002", "GI5003", "GI6001", "GI6002", "GI6003", "GI6004", "GI6005", "GI6006", "GI6007"];

    public IEnumerable<GeneratedReport> Generate(int count)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            bool markdown = random.NextDouble() < markdownShare;
            string? defect = random.NextDouble() < defectShare ? DefectKinds[random.Next(DefectKinds.Length)] : null;
            yield return Build(random, i, markdown, defect);
        }
    }

    public static void WriteTo(string folder, IEnumerable<GeneratedReport> reports)
    {
        Directory.CreateDirectory(folder);
        foreach (var report in reports)
        {
            File.WriteAllText(Path.Combine(folder, report.FileName), report.Text);
            File.WriteAllText(Path.Combine(folder, report.FileName + ".expected"), report.ExpectedText);
        }
    }

    private static GeneratedReport Build(Random random, int index, bool markdown, string? defect)
    {
        markdown |= defect == "GI1006"; // heading levels only exist in Markdown
        string issuer = Places[random.Next(Places.Length)] + Agencies[random.Next(Agencies.Length)];
        int year = 2021 + random.Next(5);
        var b = new ReportBuilder(markdown);
        var expected = new List<(string, int)>();
        string Pick(params string[] options) => options[random.Next(options.Length)];

        // Numbers first: every identity of the tables holds.
        var newCounts = new int[6];
        var carried = new int[6];
        var forward = new int[6];
        var results = new int[ResultRows.Length, 6];
        for (int c = 0; c < 6; c++)
        {
            newCounts[c] = random.Next(c == 0 ? 40 : 6);
            carried[c] = random.Next(3);
            forward[c] = random.Next(Math.Min(3, newCounts[c] + carried[c]) + 1);
            // GI5003: one case of 自然人 closed for an unpaid fee notice, while 六 says no fee was charged.
            bool unpaidFee = defect == "GI5003" && c == 0;
            if (unpaidFee) (newCounts[c], forward[c]) = (newCounts[c] + 1, 0);
            int handled = newCounts[c] + carried[c] - forward[c];
            for (int k = 0; k < handled; k++)
            {
                int row;
                if (unpaidFee && k == 0) row = FeeUnpaidRow;
                else do row = random.Next(ResultRows.Length); while (row == FeeUnpaidRow || (row == DroppableRow && defect == "GI2002"));
                results[row, c]++;
            }
        }
        int Total(int[] values) => values.Sum();
        var review = Enumerable.Range(0, 12).Select(_ => random.Next(3) == 0 ? random.Next(3) : 0).ToArray();

        b.Add(defect == "GI1004" ? $"{year} 年政府信息公开工作年度报告" : $"{issuer} {year} 年政府信息公开工作年度报告");
        if (defect == "GI1004") expected.Add(("GI1004", 1));
        b.Blank();
        b.Heading(2, "一、总体情况");
        b.Blank();
        int intro = b.Add($"{year} 年，{issuer}坚持以《中华人民共和国政府信息公开条例》为遵循，{Pick("扎实推进政务公开各项工作", "持续深化政务公开工作", "认真落实政务公开工作要求")}。本报告统计期间为 {(defect == "GI4004" ? year - 1 : year)} 年 1 月 1 日至 {(defect == "GI4004" ? year - 1 : year)} 年 12 月 31 日。");
        if (defect == "GI4004") expected.Add(("GI4004", intro));
        b.Blank();
        if (defect == "GI1003")
        {
            expected.Add(("GI1003", b.Heading(2, "一、总体情况")));
            b.Blank();
        }
        // The narrative states 本年新收 alone or with 上年结转; the GI3001 defect changes 上年结转, so then it states 本年新收 alone.
        int stated = Total(newCounts) + (random.Next(2) == 0 || defect == "GI3001" ? 0 : Total(carried));
        var parts = new (string Title, string Text)[]
        {
            ("（一）主动公开", $"全年通过门户网站主动公开政府信息 {50 + random.Next(900)} 条，{Pick("及时更新机构职能和政策文件", "重点公开财政预决算和重大项目信息", "持续做好政策解读和回应关切")}。"
                + (defect == "GI4003" ? $"受理群众咨询 {12 + random.Next(20)} 件，已办结 11 件，办结率 100%。" : "")),
            ("（二）依申请公开", $"全年共收到政府信息公开申请 {(defect == "GI4001" ? Total(newCounts) + Total(carried) + 1 + random.Next(3) : stated)} 件，均在法定期限内予以答复。"
                + (defect == "GI4002" ? $"全年发生政府信息公开行政复议 {review.Take(4).Sum() + 1} 件。" : "")),
            ("（三）政府信息管理", Pick("严格落实公开属性源头认定和保密审查制度，规范信息发布流程。", "健全信息发布审核机制，做到先审后发。")),
            ("（四）政府信息公开平台建设", Pick("持续优化门户网站公开专栏，提升栏目内容的规范性和实用性。", "整合政务新媒体账号，拓宽公开渠道。")),
            (defect == "GI1005" ? "（六）监督保障" : "（五）监督保障", Pick("将政务公开纳入年度目标考核，定期开展自查和督导。", "明确专人负责政务公开工作，加强业务培训。")),
        };
        foreach (var (title, text) in parts)
        {
            int heading = b.Heading(3, title);
            b.Blank();
            int line = b.Add(text);
            b.Blank();
            if (title.StartsWith("（二）") && defect is "GI4001" or "GI4002") expected.Add((defect, line));
            if (title.StartsWith("（一）") && defect == "GI4003") expected.Add((defect, line));
            if (title.StartsWith("（六）")) expected.Add(("GI1005", heading));
        }

        b.Heading(2, "二、主动公开政府信息情况");
        b.Blank();
        int issued = random.Next(5), normIssued = 1 + random.Next(6);
        var active = b.Table(
        [
            ["第二十条第（一）项", "", "", ""],
            ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章", defect == "GI2003" ? "/" : N(issued), N(random.Next(3)), N(issued + random.Next(5))],
            ["行政规范性文件", N(normIssued), N(random.Next(3)), N(defect == "GI3005" ? normIssued - 1 : normIssued + random.Next(20))],
            ["第二十条第（五）项", "", "", ""],
            ["信息内容", "本年处理决定数量", "", ""],
            ["行政许可", N(random.Next(2000)), "", ""],
            ["第二十条第（六）项", "", "", ""],
            ["信息内容", "本年处理决定数量", "", ""],
            ["行政处罚", N(random.Next(300)), "", ""],
            ["行政强制", N(random.Next(50)), "", ""],
            ["第二十条第（八）项", "", "", ""],
            ["信息内容", "本年收费金额（单位：万元）", "", ""],
            ["行政事业性收费", (random.Next(5000) / 100m).ToString(CultureInfo.InvariantCulture), "", ""],
        ]);
        if (defect == "GI2003") expected.Add(("GI2003", active[2]));
        if (defect == "GI3005") expected.Add(("GI3005", active[3]));
        b.Blank();

        b.Heading(2, "三、收到和处理政府信息公开申请情况");
        b.Blank();
        string[] Values(int[] v) => [.. v.Select(N), N(v.Sum())];
        int[] Column(int row) => Enumerable.Range(0, 6).Select(c => results[row, c]).ToArray();
        var carriedShown = defect == "GI3001" ? carried.Select((v, c) => c == 0 ? v + 1 : v).ToArray() : carried;
        List<string[]> rows =
        [
            ["(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)", "", "申请人情况", "", "", "", "", "", "总计", ""],
            ["", "", "自然人", "法人或其他组织", "", "", "", "", "", ""],
            ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "", ""],
            ["一、本年新收政府信息公开申请数量", "", .. Values(newCounts), ""],
            ["二、上年结转政府信息公开申请数量", "", .. Values(carriedShown), ""],
        ];
        if (defect == "GI3003") results[0, 0]++; // shown, not counted in （七）总计: its 自然人 and 总计 columns break
        for (int r = 0; r < ResultRows.Length; r++)
            if (r != DroppableRow || defect != "GI2002") rows.Add(ResultRows[r].Length == 2 ? [.. ResultRows[r], .. Values(Column(r)), ""] : [.. ResultRows[r], .. Values(Column(r))]);
        var handledTotals = Enumerable.Range(0, 6).Select(c => newCounts[c] + carried[c] - forward[c]).ToArray();
        int totalRow = rows.Count;
        rows.Add(["(七) 总计", "", .. Values(handledTotals), ""]);
        // GI3002: the 结转下年度 row's 总计 one too high breaks that row, and the 总计 column with it.
        rows.Add(["四、结转下年度继续办理", "", .. Values(forward).Select((v, i) => i == 6 && defect == "GI3002" ? N(forward.Sum() + 1) : v), ""]);
        var applications = b.Table(rows);
        if (defect == "GI2002") expected.Add(("GI2002", applications[0]));
        if (defect == "GI3002")
        {
            expected.Add(("GI3002", applications[^1]));
            expected.Add(("GI3001", applications[3]));
        }
        if (defect == "GI3003")
        {
            expected.Add(("GI3003", applications[totalRow]));
            expected.Add(("GI3003", applications[totalRow]));
        }
        if (defect == "GI3001")
        {
            // 上年结转 自然人 and its row total are both one higher: the 自然人 and 总计 columns break, the row does not.
            expected.Add(("GI3001", applications[3]));
            expected.Add(("GI3001", applications[3]));
        }
        b.Blank();

        int fourHeading = b.Heading(2, "四、政府信息公开行政复议、行政诉讼情况");
        b.Blank();
        string[] Group(int g, int extra) => [.. review.Skip(g * 4).Take(4).Select(N), N(review.Skip(g * 4).Take(4).Sum() + extra)];
        var reviews = defect == "GI2001" ? [] : b.Table(
        [
            ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
            ["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
            ["", "", "", "", "", "结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计", "结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"],
            [.. Group(0, defect == "GI3004" ? 1 : 0), .. Group(1, 0), .. Group(2, 0)],
        ]);
        if (defect == "GI3004") expected.Add(("GI3004", reviews[3]));
        if (defect == "GI2001")
        {
            b.Add("本年度未发生相关案件。");
            expected.Add(("GI2001", fourHeading));
        }
        b.Blank();

        void Five()
        {
            int fiveHeading = b.Heading(defect == "GI1006" ? 3 : 2, "五、存在的主要问题及改进情况");
            if (defect is "GI1006" or "GI1008" or "GI5002" or "GI1002") expected.Add((defect, fiveHeading));
            b.Blank();
            if (defect != "GI1008")
            {
                int problems = b.Add($"本年度工作中仍存在以下不足：一是{Pick("部分栏目更新不够及时", "基层单位信息报送质量不够稳定")}；{(defect == "GI6007" ? "三是" : "二是")}{Pick("政策解读形式较为单一", "依申请公开答复文书有待规范")}。");
                if (defect == "GI6007") expected.Add(("GI6007", problems));
                b.Blank();
                if (defect != "GI5002") b.Add($"下一步，一是{Pick("建立栏目更新提醒机制", "加强基层单位业务培训")}；二是{Pick("丰富政策解读形式", "统一答复文书格式")}。");
                b.Blank();
            }
        }

        void Six()
        {
            if (defect == "GI1001")
            {
                expected.Add(("GI1001", 1));
                return;
            }
            int sixHeading = b.Heading(2, defect == "GI1009" ? "六、其他报告的事项" : "六、其他需要报告的事项");
            if (defect == "GI1009") expected.Add(("GI1009", sixHeading));
            b.Blank();
            int statement = b.Add(defect == "GI5001" ? "本年度无其他需要报告的事项。" : Pick("本年度未收取信息处理费。", "本年度未发出收费通知，未收取信息处理费。"));
            if (defect is "GI5001") expected.Add(("GI5001", sixHeading));
            if (defect is "GI5003") expected.Add(("GI5003", statement));
            b.Blank();
        }

        // GI1002: 六 before 五.
        if (defect == "GI1002") { Six(); Five(); }
        else { Five(); Six(); }

        // Text defects go into the paragraph of （三）政府信息管理, whatever its wording.
        int target = Enumerable.Range(0, b.Count).First(i => b[i].Contains("制度") || b[i].Contains("机制")) ;
        string Insert(string text, string what) => text.Insert(text.IndexOf('，'), what);
        switch (defect)
        {
            case "GI4005":
                b[intro - 1] = $"{year - 1} 年，{issuer}持续优化公开流程。" + b[intro - 1];
                expected.Add(("GI4005", intro));
                break;
            case "GI1007": b[target] = Insert(b[target], "（政府信息公开的收费及减免情况）"); break;
            case "GI6001": b[target] = b[target].Insert(2, " and "); break;
            case "GI6002": b[target] = b[target].Insert(b[target].IndexOf('，'), "、等"); break;
            case "GI6003": b[target] = b[target].Remove(b[target].IndexOf('，'), 1).Insert(b[target].IndexOf('，'), ","); break;
            case "GI6005": b[target] = b[target].Insert(b[target].IndexOf('，'), "，"); break;
            case "GI6006": b[target] = b[target].Insert(2, "的的"); break;
            case "GI6004": b[target] = b[target].Insert(2, "《"); break;
        }
        if (defect is "GI1007" or "GI6001" or "GI6002" or "GI6003" or "GI6004" or "GI6005" or "GI6006") expected.Add((defect, target + 1));

        string name = $"report-{index:D5}{(markdown ? ".md" : ".txt")}";
        return new GeneratedReport(name, b.ToString(), expected);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
