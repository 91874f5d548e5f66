using GovInfo.Linter.Engine;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace GovInfo.Linter.Formatters;

/// <summary>
/// An Excel workbook of a run (<c>--format xlsx</c>, written with MiniExcel): a sheet 报告 with one row per report
/// and a sheet 问题 with one row per finding (<see cref="AuditTables"/>), header rows frozen and filterable.
/// Rows are kept until <see cref="Save"/>: a workbook is written whole.
/// </summary>
public sealed class XlsxWorkbook
{
    public const string ReportsSheet = "报告", FindingsSheet = "问题";

    private readonly List<object?[]> _reports = [];
    private readonly List<object?[]> _findings = [];

    public void Add(FileResult file)
    {
        _reports.Add(AuditTables.ReportRow(file));
        _findings.AddRange(AuditTables.FindingRows(file));
    }

    /// <summary>Writes the workbook; <paramref name="reportsFirst"/> puts the per-report sheet first (summary) instead of the findings (lint).</summary>
    public void Save(Stream output, bool reportsFirst)
    {
        var reports = (ReportsSheet, Sheet(AuditTables.ReportColumns, _reports));
        var findings = (FindingsSheet, Sheet(AuditTables.FindingColumns, _findings));
        var sheets = new Dictionary<string, object>();
        var order = reportsFirst ? new[] { reports, findings } : new[] { findings, reports };
        foreach (var (name, rows) in order) sheets.Add(name, rows);
        // The header is written as the first row (printHeader: false), so an empty sheet still has it.
        output.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true, FastMode = true });
    }

    private static List<Dictionary<string, object?>> Sheet(string[] columns, List<object?[]> rows)
    {
        var sheet = new List<Dictionary<string, object?>>(rows.Count + 1) { Row(columns.Length, i => columns[i]) };
        sheet.AddRange(rows.Select(r => Row(columns.Length, i => r[i])));
        return sheet;
    }

    // Keys are column letters' order only (the header row carries the names); MiniExcel keeps insertion order.
    private static Dictionary<string, object?> Row(int count, Func<int, object?> value)
    {
        var row = new Dictionary<string, object?>(count);
        for (int i = 0; i < count; i++) row.Add("c" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), value(i));
        return row;
    }
}
