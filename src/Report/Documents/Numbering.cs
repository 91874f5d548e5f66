using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>The kinds of numbering the 2021 template and real reports use.</summary>
public enum NumberingStyle
{
    /// <summary>一、 (a top-level part).</summary>
    ChineseComma,
    /// <summary>（一） or (一).</summary>
    ChineseParenthesized,
    /// <summary>1. 1、 or 1．</summary>
    Arabic,
    /// <summary>（1） or (1).</summary>
    ArabicParenthesized,
    /// <summary>① to ⑳.</summary>
    Circled,
}

/// <summary>A numbering prefix such as 一、 or （二）: its style, numeric value, exact text and span.</summary>
public sealed record Numbering(NumberingStyle Style, int Value, string Text, TextSpan Span);
