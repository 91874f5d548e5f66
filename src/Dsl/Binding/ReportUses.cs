using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Binding;

/// <summary>
/// What a rule's expressions read of the report, recorded once while they are bound: the tables whose cells they read
/// (an index such as <c>applications["本年新收", "总计"]</c>, a row, a cell), whether they read the cells of the table the
/// rule is handed (its scope node's), whether they read sections, and whether they read the binder's verdict on what can
/// be checked. The engine does not run a rule on a table whose cells cannot be checked, or on a report whose structure
/// was not recognised, unless the rule reads that verdict itself (the rules that report it).
/// </summary>
public sealed class ReportUses
{
    private readonly HashSet<string> _cellTables = new(StringComparer.Ordinal);

    /// <summary>The keys of the template tables whose cells the rule reads by name.</summary>
    public IReadOnlyCollection<string> CellTables => _cellTables;

    /// <summary>Whether the rule reads cells of a table it does not name: the table (row, cell) it is handed, or each of <c>tables</c>.</summary>
    public bool ReadsOwnTableCells { get; private set; }

    /// <summary>Whether the rule reads the report's sections.</summary>
    public bool ReadsSections { get; private set; }

    /// <summary>Whether the rule reads <c>table.state</c>, <c>table.problem</c> or <c>report.structureFound</c>, and so handles what cannot be checked itself.</summary>
    public bool HandlesAssessment { get; private set; }

    /// <summary>Notes a value of this type: a row or cell (or a list of them) is a read of its table's cells; a section a read of the structure.</summary>
    public void Note(DslType type)
    {
        var item = type.IsList && type.Element is { } element ? element : type;
        switch (item.Kind)
        {
            case TypeKind.Row or TypeKind.Cell:
                ReadCells(item.Table?.Key);
                break;
            case TypeKind.Section:
                ReadsSections = true;
                break;
        }
    }

    /// <summary>Notes a read of a table's cells; null when the table is not known before a report is read.</summary>
    public void ReadCells(string? tableKey)
    {
        if (tableKey is null) ReadsOwnTableCells = true;
        else _cellTables.Add(tableKey);
    }

    public void NoteAssessment() => HandlesAssessment = true;
}
