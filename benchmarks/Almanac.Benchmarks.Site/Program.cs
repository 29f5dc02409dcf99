// Opens a site written by `almanac site` in headless Chromium (Debian's chromium and chromium-driver) and prints, as
// tab-separated lines: the load time of index.html (navigation start to the load event, from the page's own timing),
// then for each query the time from the call to the answer of the page's search (cold: its shards not yet loaded,
// then warm: loaded), with the number of results.
//
//   dotnet run --project benchmarks/Almanac.Benchmarks.Site -c Release -- <site folder> <query>…
using System.Diagnostics;
using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

if (args.Length < 1 || !File.Exists(Path.Combine(args[0], "index.html")))
{
    Console.Error.WriteLine("usage: Almanac.Benchmarks.Site <site folder> <query>…");
    return 2;
}
string site = Path.GetFullPath(args[0]);
var options = new ChromeOptions { BinaryLocation = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : "chromium" };
options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000", "--no-first-run");
var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
service.SuppressInitialDiagnosticInformation = true;
using var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
var js = (IJavaScriptExecutor)driver;
driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);

driver.Navigate().GoToUrl(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
double load = Convert.ToDouble(js.ExecuteScript(
    "var t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;"), CultureInfo.InvariantCulture);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load\tindex.html\t{load:0}\tms"));
foreach (string query in args.Skip(1))
{
    foreach (string state in new[] { "cold", "warm" })
    {
        var result = (IReadOnlyDictionary<string, object>)js.ExecuteAsyncScript(@"
            var done = arguments[arguments.length - 1], start = performance.now();
            almanacSearchQuery(arguments[0], function (r) { done({ ms: performance.now() - start, count: r.length }); });", query)!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search-{state}\t{query}\t{Convert.ToDouble(result["ms"], CultureInfo.InvariantCulture):0.0}\tms\t{result["count"]} results"));
    }
}
var watch = Stopwatch.StartNew();
driver.Navigate().GoToUrl(new Uri(Path.Combine(site, "timeline.html")).AbsoluteUri);
double timeline = Convert.ToDouble(js.ExecuteScript(
    "var t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;"), CultureInfo.InvariantCulture);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load\ttimeline.html\t{timeline:0}\tms"));
return 0;
