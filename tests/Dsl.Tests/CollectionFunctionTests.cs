using GovInfo.Dsl.Runtime;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>The collection functions as the binder compiles them (<c>CollectionFunction.Compile</c>): results, and one step per lambda call.</summary>
public class CollectionFunctionTests
{
    private static readonly Report.Binding.Report Empty = Reports.FromText("甲");

    [Theory]
    [InlineData("count(range(0, 10), x => x > 4)", "5", 10)]
    [InlineData("count(range(0, 10))", "10", 0)]
    [InlineData("sum(range(1, 4), x => x * 2)", "12", 3)]
    [InlineData("sum(range(1, 4))", "6", 0)]
    [InlineData("all(range(0, 5), x => x < 2)", "否", 3)]
    [InlineData("any(range(0, 5), x => x == 3)", "是", 4)]
    [InlineData("first(range(0, 5), x => x > 2)", "3", 4)]
    [InlineData("first(range(4, 5))", "4", 0)]
    [InlineData("filter(range(0, 6), x => x % 2 == 0)", "0、2、4", 6)]
    [InlineData("map(range(0, 3), x => x + count(range(0, x), y => y < x))", "0、2、4", 6)]
    [InlineData("min(range(2, 5), x => 10 - x)", "6", 3)]
    [InlineData("max(range(2, 5))", "4", 0)]
    public void Each_lambda_call_is_one_step(string expression, string expected, long lambdaCalls)
    {
        var (bound, errors, slots) = Expressions.Compile(expression);
        Assert.True(bound is not null, string.Join("\n", errors));
        var context = new EvalContext(new ReportView(Empty), slots);
        var value = bound!.Evaluate(context);
        Assert.Equal(expected, value.Display());
        Assert.Equal(lambdaCalls, long.MaxValue - context.StepsLeft);
    }

    [Fact]
    public void A_nested_call_leaves_the_outer_parameter_as_it_was()
    {
        // The outer x is read after the inner call has run over its own items.
        var (bound, errors, slots) = Expressions.Compile("map(range(1, 3), x => count(range(0, 5), y => y < x) + x)");
        Assert.True(bound is not null, string.Join("\n", errors));
        Assert.Equal("2、4", bound!.Evaluate(new EvalContext(new ReportView(Empty), slots)).Display());
    }
}
