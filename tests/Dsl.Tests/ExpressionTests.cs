using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

public class ExpressionTests
{
    private static readonly Report.Binding.Report R001 = Reports.Load(TestPaths.Fixture("001"));

    private static string At(Value value, int origin = 0) => R001.Document.Source.GetLinePosition(value.Origins[origin].Start).ToString();

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("-2 + 5", 3)]
    [InlineData("7 % 4", 3)]
    [InlineData("1.5 * 2", 3)]
    public void Arithmetic_follows_precedence(string text, double expected)
        => Assert.Equal((decimal)expected, Assert.IsType<NumberValue>(Expressions.Eval(text, R001)).Number);

    [Theory]
    [InlineData("1 < 2 and 2 < 3", true)]
    [InlineData("1 > 2 or 2 < 3", true)]
    [InlineData("not 1 == 1", false)]
    [InlineData("1 = 1", true)]
    [InlineData("\"a\" + \"b\" == \"ab\"", true)]
    [InlineData("\"收到申请 5 件\" matches /\\d+\\s*件/", true)]
    [InlineData("\"abc\" contains \"b\"", true)]
    [InlineData("2 in [1, 2, 3]", true)]
    [InlineData("true and false or true", true)]
    public void Logic_and_comparison(string text, bool expected)
        => Assert.Equal(expected, Assert.IsType<BoolValue>(Expressions.Eval(text, R001)).Value);

    [Fact]
    public void Cells_are_addressed_by_labels_and_carry_their_position()
    {
        var value = Expressions.Eval("applications[\"本年新收\", \"自然人\"]", R001);
        Assert.Equal(42, Assert.IsType<NumberValue>(value).Number);
        Assert.Equal("41:19", At(value));
    }

    [Fact]
    public void A_sum_carries_every_operand_position()
    {
        var value = Expressions.Eval("applications[\"本年新收\", \"总计\"] + applications[\"上年结转\", \"总计\"]", R001);
        Assert.Equal(57, ((NumberValue)value).Number);
        Assert.Equal(["41:33", "42:31"], value.Origins.Select((_, i) => At(value, i)));
    }

    [Fact]
    public void A_failing_comparison_locates_its_first_value_first()
    {
        var value = Expressions.Eval("applications[\"（七）总计\", \"总计\"] == applications[\"本年新收\", \"总计\"]", R001);
        Assert.False(((BoolValue)value).Value);
        Assert.Equal(["64:23", "41:33"], value.Origins.Select((_, i) => At(value, i)));
    }

    [Fact]
    public void Collections_with_lambdas()
    {
        Assert.Equal(7, ((NumberValue)Expressions.Eval("count(applications.columns)", R001)).Number);
        Assert.Equal(57, ((NumberValue)Expressions.Eval("sum(applications.columns, c => applications[\"（七）总计\", c]) - applications[\"（七）总计\", \"总计\"]", R001)).Number);
        Assert.True(((BoolValue)Expressions.Eval("all(applications.columns, c => applications[\"本年新收\", c] + applications[\"上年结转\", c] == applications[\"总计\", c] + applications[\"结转下年度\", c])", R001)).Value);
        Assert.Equal("自然人", Expressions.Eval("first(applications.columns, c => c.label == \"自然人\").label", R001).Display());
        Assert.Equal(2, ((NumberValue)Expressions.Eval("applications.columns.filter(c => c.group == \"法人或其他组织\").count() - 3", R001)).Number);
    }

    [Fact]
    public void The_collection_example_of_the_documentation_holds_on_a_consistent_report()
    {
        const string fromDocs = "all(applications.columns, c => applications[\"（七）总计\", c] == sum(applications.rows.filter(r => r.key.startsWith(\"results.\") and r.key != \"results.total\"), r => r[c]))";
        Assert.Contains(fromDocs, File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "rule-language.md")));
        Assert.True(((BoolValue)Expressions.Eval(fromDocs, R001)).Value);
        var broken = Reports.FromText(File.ReadAllText(TestPaths.Fixture("001")).Replace("\t(一) 予以公开\t12\t", "\t(一) 予以公开\t13\t"));
        Assert.False(((BoolValue)Expressions.Eval(fromDocs, broken)).Value);
    }

    [Fact]
    public void Sections_by_key_number_or_title()
    {
        Assert.Equal("六、其他需要报告的事项", Expressions.Eval("section(\"other\").heading.text", R001).Display());
        Assert.Equal("六、其他需要报告的事项", Expressions.Eval("section(6).heading.text", R001).Display());
        Assert.Equal("六、其他需要报告的事项", Expressions.Eval("section(\"其他需要报告的事项\").heading.text", R001).Display());
        Assert.True(((BoolValue)Expressions.Eval("section(\"六\").text contains \"信息处理费\"", R001)).Value);
    }

    [Fact]
    public void Regex_captures_yield_numbers_with_spans()
    {
        var value = Expressions.Eval("number(group(find(section(\"overview\").text, /(?:收到|受理)[^。]*?申请\\s*(?<n>\\d+)\\s*[件条]/), \"n\"))", R001);
        Assert.Equal(57, ((NumberValue)value).Number);
        Assert.Equal("11:54", At(value));
    }

    [Fact]
    public void Years_come_out_of_text_with_their_spans()
    {
        var value = Expressions.Eval("year(title.text)", R001);
        Assert.Equal(2024, ((NumberValue)value).Number);
        Assert.Equal("3:16", At(value));
        Assert.Equal(2024, ((NumberValue)Expressions.Eval("year", R001)).Number);
    }

    [Fact]
    public void A_missing_value_makes_a_comparison_unknown_not_false()
    {
        var report = Reports.FromText(File.ReadAllText(TestPaths.Fixture("001")).Replace("规章\t0\t0\t0", "规章\t/\t0\t0"));
        Assert.IsType<NullValue>(Expressions.Eval("active[\"规章\", \"本年制发件数\"] == 0", report));
        Assert.IsType<NullValue>(Expressions.Eval("active[\"规章\", \"本年制发件数\"] + 1 == 1 and true", report));
        Assert.False(((BoolValue)Expressions.Eval("active[\"规章\", \"本年制发件数\"] + 1 == 1 and false", report)).Value);
    }

    [Theory]
    [InlineData("1 +", DslErrorCodes.Syntax, 2)]
    [InlineData("(1 + 2", DslErrorCodes.Syntax, 6)]
    [InlineData("\"unclosed", DslErrorCodes.Syntax, 9)]
    [InlineData("foo + 1", DslErrorCodes.UnknownName, 0)]
    [InlineData("summ(applications.columns)", DslErrorCodes.UnknownName, 0)]
    [InlineData("1 + \"a\"", DslErrorCodes.TypeError, 2)]
    [InlineData("applications[\"本年新收\", \"法人\"]", DslErrorCodes.UnknownLabel, 21)]
    [InlineData("applications[\"本年收到\", \"自然人\"]", DslErrorCodes.UnknownLabel, 13)]
    [InlineData("applications[\"不予公开\", \"自然人\"]", DslErrorCodes.UnknownLabel, 13)]
    [InlineData("reviews[\"案件数\", \"总计\"]", DslErrorCodes.AmbiguousLabel, 15)]
    [InlineData("table(\"nothing\")", DslErrorCodes.UnknownLabel, 6)]
    [InlineData("section(\"七\")", DslErrorCodes.UnknownLabel, 8)]
    [InlineData("\"x\" matches /(unclosed/", DslErrorCodes.BadRegex, 12)]
    [InlineData("section(\"other\").nonsense", DslErrorCodes.UnknownName, 17)]
    [InlineData("all(applications.columns, c => c.label + 1)", DslErrorCodes.TypeError, 26)]
    [InlineData("c => 1", DslErrorCodes.Syntax, 2)]
    [InlineData("count(5)", DslErrorCodes.TypeError, 6)]
    public void Errors_have_a_code_and_the_offset_of_the_culprit(string text, string code, int offset)
    {
        var error = Expressions.Error(text);
        Assert.Equal(code, error.Code);
        Assert.Equal(offset, error.Start);
    }

    [Fact]
    public void Nesting_too_deep_is_refused_before_parsing()
    {
        var error = Expressions.Error(new string('(', 100) + "1" + new string(')', 100));
        Assert.Equal(DslErrorCodes.TooComplex, error.Code);
    }
}
