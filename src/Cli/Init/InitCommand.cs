using System.CommandLine;
using GovInfo.Linter.Configuration;

namespace GovInfo.Cli.Init;

/// <summary>
/// <c>govlint init [FOLDER]</c>: writes a commented <c>govlint.yaml</c> and, beside it in <c>.govlint/</c>, the JSON Schemas
/// its first line names, so an editor with the YAML language server completes and checks it without a network.
/// </summary>
public static class InitCommand
{
    public const string SchemaFolder = ".govlint";

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "写入的文件夹（默认：当前文件夹）", DefaultValueFactory = _ => "." };
        var command = new Command("init", "在文件夹中写入一个带注释的 govlint.yaml（以及编辑器用的 JSON Schema）") { folder };
        command.SetAction(result =>
        {
            string target = Path.GetFullPath(result.GetValue(folder)!);
            if (!Directory.Exists(target))
            {
                Console.Error.WriteLine($"govlint: 文件夹不存在：{target}");
                return ExitCodes.UsageError;
            }
            string config = Path.Combine(target, ConfigLoader.FileName);
            if (File.Exists(config))
            {
                Console.Error.WriteLine($"govlint: {config} 已存在，未改动。");
                return ExitCodes.UsageError;
            }
            string schemas = Directory.CreateDirectory(Path.Combine(target, SchemaFolder)).FullName;
            foreach (var schema in Schemas.Names) File.WriteAllText(Path.Combine(schemas, schema), Schemas.Text(schema));
            File.WriteAllText(config, ConfigTemplate.Text);
            Console.Out.WriteLine($"已写入 {config}（编辑器的 JSON Schema 在 {Path.Combine(SchemaFolder, Schemas.Config)}）。");
            return ExitCodes.Success;
        });
        return command;
    }
}
