namespace Almanac.Benchmarks.Empty;

public static class Program
{
    public static void Main() => System.Console.WriteLine("Hello, World!");
}
