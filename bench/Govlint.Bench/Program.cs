using GovInfo.Bench;

// govlint benchmarks (timing goals live here, never in the test suite).
//   dotnet run -c Release --project bench/Govlint.Bench -- rules [count]
//   dotnet run -c Release --project bench/Govlint.Bench -- generate --count N --seed S --out DIR [--defects 0.5]
//   dotnet run -c Release --project bench/Govlint.Bench -- stages DIR
//   dotnet run -c Release --project bench/Govlint.Bench -- bdn --filter '*'      (BenchmarkDotNet)
string what = args.Length > 0 ? args[0] : "rules";
switch (what)
{
    case "bdn":
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args[1..]);
        return 0;
    case "generate":
        return GenerateCommand.Run(args[1..]);
    case "stages":
        StageProbe.Run(args[1]);
        return 0;
    case "rules":
        RuleCompileBenchmark.Run(args.Length > 1 ? int.Parse(args[1]) : 1000, repeats: 7);
        return 0;
    default:
        Console.Error.WriteLine($"unknown benchmark '{what}'; available: rules, generate, stages, bdn");
        return 2;
}
