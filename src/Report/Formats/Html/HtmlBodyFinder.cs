using AngleSharp.Dom;

namespace GovInfo.Report.Formats.Html;

/// <summary>
/// Finds the element that holds the report on a portal page: the TRS_Editor container of TRS-based
/// portals, else an <c>article</c>, else the smallest element holding nearly all of the page's Chinese
/// text outside links, navigation, headers, footers and scripts.
/// </summary>
public static class HtmlBodyFinder
{
    private const double Share = 0.85;

    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "nav", "header", "footer", "aside", "button", "select", "script", "style", "noscript", "template", "iframe", "object", "svg", "head",
    };

    public static IElement Find(IDocument document)
    {
        var root = document.Body ?? document.DocumentElement;
        var lengths = new Dictionary<IElement, int>();
        // Each element's text is counted once, whatever the number of levels the search descends.
        int ContentLength(IElement element)
        {
            if (lengths.TryGetValue(element, out int known)) return known;
            int length = 0;
            if (!IsChrome(element))
                foreach (var child in element.ChildNodes)
                {
                    if (child is IText text) length += text.Data.Count(char.IsLetterOrDigit);
                    else if (child is IElement e) length += ContentLength(e);
                }
            return lengths[element] = length;
        }

        var editor = root.QuerySelectorAll("*").FirstOrDefault(e => e.ClassList.Any(c => c.Equals("TRS_Editor", StringComparison.OrdinalIgnoreCase)));
        if (editor is not null && ContentLength(editor) > 0) return editor;

        int total = ContentLength(root);
        var article = root.QuerySelectorAll("article, main").FirstOrDefault(a => ContentLength(a) >= total * Share);
        if (article is not null) return article;

        var current = root;
        while (true)
        {
            // A data table is read whole; only a layout table (one holding tables) is looked into.
            if (current.LocalName == "table" && current.QuerySelector("table") is null) return current;
            int own = ContentLength(current);
            var bigger = current.Children.FirstOrDefault(c => !IsChrome(c) && ContentLength(c) >= own * Share);
            if (bigger is null || own == 0) return current;
            current = bigger;
        }
    }

    /// <summary>Elements that are page furniture rather than report text.</summary>
    public static bool IsChrome(IElement element) => Chrome.Contains(element.LocalName) || IsHidden(element);

    /// <summary>Elements a browser does not show: the <c>hidden</c> attribute or <c>display:none</c>.</summary>
    public static bool IsHidden(IElement element)
        => element.HasAttribute("hidden") || (element.GetAttribute("style") ?? "").Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase);
}
