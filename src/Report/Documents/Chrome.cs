using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>What kind of text around the report a <see cref="Chrome"/> block is.</summary>
public enum ChromeKind
{
    /// <summary>A crawler's or archive's header fields before the body (<c>发布时间: …</c>, <c>原文链接: …</c>, a <c>==== 正文 ====</c> rule).</summary>
    Metadata,
    /// <summary>A portal's breadcrumbs and page tools before the body (<c>当前位置：首页 › …</c>).</summary>
    Breadcrumb,
    /// <summary>A page number printed at a page break (<c>— 3 —</c>, <c>- 3 -</c>, <c>第 3 页</c>, <c>第3页 共5页</c>).</summary>
    PageFooter,
    /// <summary>A line printed again at every page break (a running header).</summary>
    RunningHeader,
    /// <summary>A table's header cells that text extraction left as short lines just above the table's rows.</summary>
    TableHeader,
}

/// <summary>
/// Text of the file that is not the report's prose: page furniture, a crawler's header, a site's breadcrumbs, a
/// table's header cells left outside the table. Recorded so that its span is accounted for; rules do not read it.
/// </summary>
public sealed record Chrome(TextSpan Span, ChromeKind Kind) : Block(Span);
