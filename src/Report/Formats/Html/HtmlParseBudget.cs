using AngleSharp.Dom;
using GovInfo.Report.Reading;

namespace GovInfo.Report.Formats.Html;

/// <summary>
/// Counts the HTML parser's work while it parses, from the elements it creates: how many, how deeply each is nested,
/// and the sum of those depths (the parser scans the open elements, as deep as the element, for many tags). Throws
/// <see cref="InputLimitException"/> at the first cap exceeded, so a hostile page costs a bounded amount of work.
/// </summary>
internal sealed class HtmlParseBudget
{
    private readonly Dictionary<IElement, int> _depths = new(ReferenceEqualityComparer.Instance);
    private IElement? _last;
    private int _elements;
    private long _work;

    /// <summary>Called as each element is created: the one created before it has been placed in the tree by now.</summary>
    public void Created(IElement element)
    {
        if (_last is { } placed) Place(placed);
        _last = element;
        if (++_elements > InputLimits.MaxHtmlElements)
            throw new InputLimitException($"网页元素超过 {InputLimits.MaxHtmlElements:N0} 个（元素数量上限），未检查：请确认这是正常的报告网页。");
    }

    /// <summary>Called once the parse is done, for the last element created.</summary>
    public void Finished()
    {
        if (_last is { } placed) Place(placed);
        _last = null;
    }

    private void Place(IElement element)
    {
        int depth = DepthOf(element);
        _work += depth;
        if (depth > InputLimits.MaxHtmlDepth)
            throw new InputLimitException($"网页元素嵌套超过 {InputLimits.MaxHtmlDepth} 层（嵌套深度上限），未检查：请确认这是正常的报告网页。");
        if (_work > InputLimits.MaxHtmlNestingWork)
            throw new InputLimitException($"网页结构过于复杂：元素的嵌套深度合计超过 {InputLimits.MaxHtmlNestingWork:N0}（解析工作量上限），未检查：请确认这是正常的报告网页。");
    }

    /// <summary>The element's depth from its parent's, known when the parent was placed; an element not yet in the tree counts 1.</summary>
    private int DepthOf(IElement element)
    {
        if (_depths.TryGetValue(element, out int known)) return known;
        int depth = 1, walked = 0;
        var parent = element.ParentElement;
        // Parents are created, and so placed, before their children; the walk only runs past unplaced ones (elements the
        // parser re-parents), bounded by the depth cap.
        while (parent is not null && walked <= InputLimits.MaxHtmlDepth)
        {
            if (_depths.TryGetValue(parent, out int parentDepth)) { depth += parentDepth; break; }
            depth++;
            walked++;
            parent = parent.ParentElement;
        }
        _depths[element] = depth;
        return depth;
    }
}
