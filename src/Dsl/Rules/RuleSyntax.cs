using YamlDotNet.RepresentationModel;

namespace GovInfo.Dsl.Rules;

/// <summary>An expression as written in a rule file, with the map from its offsets back to the file.</summary>
public sealed record ExpressionSource(string Text, ScalarMapper Map);

/// <summary>A <c>let</c> binding: a name and its expression.</summary>
public sealed record LetSyntax(string Name, YamlScalarNode NameNode, ExpressionSource Expression);

/// <summary>A rule as read from YAML, before its expressions are compiled.</summary>
public sealed record RuleSyntax(
    RuleDescriptor Descriptor,
    YamlMappingNode Node,
    YamlNode IdNode,
    string? TableKey,
    YamlNode? TableNode,
    ExpressionSource? Where,
    IReadOnlyList<LetSyntax> Lets,
    ExpressionSource? For,
    ExpressionSource? Condition,
    ExpressionSource? Unless,
    ExpressionSource? Message,
    ExpressionSource? At,
    ExpressionSource? Fix,
    RuleExamples Examples)
{
    /// <summary>The <c>related</c> expression: more places each finding lists as related locations.</summary>
    public ExpressionSource? Related { get; init; }

    /// <summary>Whether reading the rule's keys already found errors, so it must not be used even if its expressions compile.</summary>
    public bool HasErrors { get; init; }
}
