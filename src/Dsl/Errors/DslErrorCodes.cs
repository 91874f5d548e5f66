namespace GovInfo.Dsl.Errors;

/// <summary>The error codes of rule files, one per kind of mistake (listed in docs/rule-language.md).</summary>
public static class DslErrorCodes
{
    /// <summary>The file is not valid YAML, too large, or uses anchors and aliases.</summary>
    public const string FileError = "GIR0001";
    /// <summary>A key the rule format does not know, or a node of the wrong shape.</summary>
    public const string Shape = "GIR0002";
    /// <summary>An expression that does not parse.</summary>
    public const string Syntax = "GIR0003";
    /// <summary>A name that is neither a variable, a global nor a function.</summary>
    public const string UnknownName = "GIR0004";
    /// <summary>A value of the wrong type for an operator or function.</summary>
    public const string TypeError = "GIR0005";
    /// <summary>A table, section, row or column label the template does not have.</summary>
    public const string UnknownLabel = "GIR0006";
    /// <summary>A regular expression that does not compile.</summary>
    public const string BadRegex = "GIR0007";
    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "GIR0008";
    /// <summary>A value outside the allowed set (severity, scope, id format).</summary>
    public const string BadValue = "GIR0009";
    /// <summary>Two rules with the same id.</summary>
    public const string DuplicateId = "GIR0010";
    /// <summary>A message template with an unclosed or empty {…}.</summary>
    public const string BadMessage = "GIR0011";
    /// <summary>An expression nested too deeply or too long.</summary>
    public const string TooComplex = "GIR0012";
    /// <summary>A label that names more than one row or column.</summary>
    public const string AmbiguousLabel = "GIR0013";
    /// <summary>An example that is not a string or a mapping of the expected shape.</summary>
    public const string BadExample = "GIR0014";
}
