using GovInfo.Dsl.Binding;
using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Syntax;
using GovInfo.Dsl.Types;
using GovInfo.Report.Template;
using GovInfo.Report.Yaml;

namespace GovInfo.Dsl.Rules;

/// <summary>Compiles a <see cref="RuleSyntax"/>: parses and type-checks every expression, reporting errors at their place in the YAML file.</summary>
public sealed class RuleCompiler(ReportTemplate template, FunctionRegistry functions, ExpressionCache? expressions = null)
{
    private readonly ExpressionCache _expressions = expressions ?? new ExpressionCache();

    public CompiledRule? Compile(RuleSyntax rule, YamlReader reader)
    {
        int errorsBefore = reader.Errors.Count;
        var slots = new SlotAllocator();
        int scopeSlot = slots.Next(), textSlot = slots.Next();
        var invariance = new NodeInvariance(slots, new HashSet<int> { scopeSlot, textSlot });
        var uses = new ReportUses();
        var descriptor = rule.Descriptor;

        TableDefinition? table = null;
        if (rule.TableKey is { } key && (table = template.Table(key)) is null)
            reader.Error(rule.TableNode!, $"模板中没有表格 “{key}”；可用：{string.Join("、", template.Tables.Select(t => t.Key))}。", DslErrorCodes.UnknownLabel);

        var textScope = SymbolScope.Empty
            .With(ScopeNodes.VariableName(descriptor.Scope), scopeSlot, ScopeNodes.VariableType(descriptor.Scope, table))
            .With("text", textSlot, DslType.Text);
        var scope = textScope;

        var where = Bind(reader, invariance, uses, rule.Where, scope, slots, DslType.Bool, "where");

        (int, Evaluator)? loop = null;
        if (rule.For is { } forSource)
        {
            var clause = _expressions.ParseFor(forSource.Text, out var syntaxError);
            if (clause is null) Report(reader, forSource, 0, syntaxError! with { Message = syntaxError.Message + "（for 应写作 “变量 in 列表”）" });
            else
            {
                var collection = BindParsed(reader, invariance, uses, forSource, 0, clause.Collection, scope, slots);
                if (collection is not null && !collection.Type.IsList && collection.Type.Kind != TypeKind.Any)
                    Report(reader, forSource, 0, new DslError(clause.Collection.Start, 1, DslErrorCodes.TypeError, $"for 应遍历一个列表，这里是{collection.Type}。"));
                else if (collection is not null)
                {
                    int slot = slots.Next();
                    scope = scope.With(clause.Variable, slot, collection.Type.Element ?? DslType.Any);
                    loop = (slot, collection.Evaluate);
                }
            }
        }

        var lets = new List<(int, Evaluator)>();
        foreach (var let in rule.Lets)
        {
            var bound = Bind(reader, invariance, uses, let.Expression, scope, slots, null, $"let {let.Name}");
            if (bound is null) continue;
            int slot = slots.Next();
            scope = scope.With(let.Name, slot, bound.Type);
            lets.Add((slot, bound.Evaluate));
        }

        var condition = BindExpecting(reader, invariance, uses, rule.Condition, scope, slots, descriptor.Kind switch
        {
            RuleKind.Assert => [DslType.Bool],
            // A forbid names what may not occur: a regex's matches, or matches found otherwise (doubled(…)).
            RuleKind.Forbid => ForbiddenMatches,
            _ => [DslType.Regex],
        }, descriptor.Kind.ToString().ToLowerInvariant());
        int matchSlot = slots.Next();
        if (descriptor.Kind == RuleKind.Forbid) scope = scope.With("match", matchSlot, DslType.Match);
        var unless = Bind(reader, invariance, uses, rule.Unless, scope, slots, DslType.Bool, "unless");
        var message = CompileMessage(reader, invariance, uses, rule.Message, scope, slots);
        var at = Bind(reader, invariance, uses, rule.At, scope, slots, null, "at");
        var related = Bind(reader, invariance, uses, rule.Related, scope, slots, null, "related");
        var fix = CompileMessage(reader, invariance, uses, rule.Fix, scope, slots);

        if (rule.HasErrors || reader.Errors.Count > errorsBefore || condition is null || message is null) return null;
        // The scope node of a row or cell rule is a part of a table: its cells are what the rule is about.
        if (descriptor.Scope is ScopeKind.Row or ScopeKind.Cell) uses.ReadCells(table?.Key);
        return new CompiledRule(descriptor, table?.Key, rule.Examples, uses, new CompiledRuleParts(
            slots.Count, scopeSlot, textScope.IsUsed ? textSlot : null, where?.Evaluate, loop, lets, condition.Evaluate, matchSlot,
            unless?.Evaluate, message, at?.Evaluate, fix, invariance.MemoSlots)
        {
            Related = related?.Evaluate,
            Trigger = TextTrigger.Of(rule, text => _expressions.Parse(text, out _), text => _expressions.ParseFor(text, out _)),
        });
    }

    /// <summary>What a <c>forbid</c> accepts: a regex, or a list of matches.</summary>
    private static readonly DslType[] ForbiddenMatches = [DslType.Regex, DslType.ListOf(DslType.Match)];

    private BoundExpression? Bind(YamlReader reader, NodeInvariance invariance, ReportUses uses, ExpressionSource? source, SymbolScope scope, SlotAllocator slots, DslType? expected, string key)
        => BindExpecting(reader, invariance, uses, source, scope, slots, expected is null ? null : [expected], key);

    /// <summary>Binds an expression whose type must be one of <paramref name="expected"/> (any type when null).</summary>
    private BoundExpression? BindExpecting(YamlReader reader, NodeInvariance invariance, ReportUses uses, ExpressionSource? source, SymbolScope scope, SlotAllocator slots, DslType[]? expected, string key)
    {
        if (source is null) return null;
        var expr = _expressions.Parse(source.Text, out var syntaxError);
        if (expr is null)
        {
            Report(reader, source, 0, syntaxError!);
            return null;
        }
        var bound = BindParsed(reader, invariance, uses, source, 0, expr, scope, slots);
        if (bound is not null && expected is not null && !expected.Any(e => e.Accepts(bound.Type)))
        {
            Report(reader, source, 0, new DslError(expr.Start, 1, DslErrorCodes.TypeError, $"{key} 应为{string.Join("或", expected)}，这里是{bound.Type}。"));
            return null;
        }
        return bound;
    }

    private BoundExpression? BindParsed(YamlReader reader, NodeInvariance invariance, ReportUses uses, ExpressionSource source, int baseOffset, Expr expr, SymbolScope scope, SlotAllocator slots)
    {
        var binder = new ExpressionBinder(template, functions, slots) { Invariance = invariance, Uses = uses };
        var bound = binder.Bind(expr, scope);
        foreach (var error in binder.Errors) Report(reader, source, baseOffset, error);
        return binder.Errors.Count == 0 ? bound : null;
    }

    private MessageTemplate? CompileMessage(YamlReader reader, NodeInvariance invariance, ReportUses uses, ExpressionSource? source, SymbolScope scope, SlotAllocator slots)
    {
        if (source is null) return null;
        var errors = new List<DslError>();
        var parts = MessageTemplate.Split(source.Text, errors);
        foreach (var error in errors) Report(reader, source, 0, error);
        var compiled = new List<object>();
        foreach (var part in parts)
        {
            if (part is not MessageTemplate.Hole hole)
            {
                compiled.Add(part);
                continue;
            }
            var expr = _expressions.Parse(hole.Text, out var syntaxError);
            if (expr is null)
            {
                Report(reader, source, hole.Start, syntaxError!);
                errors.Add(syntaxError!);
                continue;
            }
            var bound = BindParsed(reader, invariance, uses, source, hole.Start, expr, scope, slots);
            if (bound is null) errors.Add(new DslError(0, 0, "", ""));
            else compiled.Add(bound.Evaluate);
        }
        return errors.Count == 0 ? MessageTemplate.Create(compiled) : null;
    }

    private static void Report(YamlReader reader, ExpressionSource source, int baseOffset, DslError error)
        => reader.ErrorAt(source.Map.FileOffset(baseOffset + error.Start), error.Message, error.Code);
}
