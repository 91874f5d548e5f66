using GovInfo.Bench;

// govlint benchmarks (timing goals live here, never in the test suite).
//   dotnet run -c Release --project bench/Govlint.Bench -- rules [count]
string what = args.Length > 0 ? args[0] : "rules";
switch (what)
{
    case "stages":
        StageProbe.Run(args[1]);
        return 0;
    case "rules":
        RuleCompileBenchmark.Run(args.Length > 1 ? int.Parse(args[1]) : 1000, repeats: 7);
        return 0;
    default:
        Console.Error.WriteLine($"unknown benchmark '{what}'; available: rules");
        return 2;
}
