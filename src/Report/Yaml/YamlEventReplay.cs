using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovInfo.Report.Yaml;

/// <summary>A YamlDotNet parser that gives recorded events again (see <see cref="YamlEventTable"/>), so a tree is built without scanning the text.</summary>
internal sealed class YamlEventReplay(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}
