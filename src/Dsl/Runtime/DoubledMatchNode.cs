namespace GovInfo.Dsl.Runtime;

/// <summary>A word written twice in a row (<see cref="DoubledWords"/>): the match is both copies, group 1 the first copy, as for <c>/(词)\1/</c>.</summary>
public sealed class DoubledMatchNode(int start, int wordLength, TextValue source) : MatchNode(source)
{
    public override int Index { get; } = start;
    public override int Length => 2 * WordLength;

    /// <summary>How many characters one copy of the word has.</summary>
    public int WordLength { get; } = wordLength;

    /// <summary>Group <c>0</c> is the whole match, group <c>1</c> the word; there are no others.</summary>
    public override (int Index, int Length)? Group(string name) => name switch
    {
        "0" => (Index, Length),
        "1" => (Index, WordLength),
        _ => null,
    };
}
