using System.Diagnostics;
using Almanac.Export;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Almanac.Site.Tests;

/// <summary>
/// Headless Chromium driven by chromedriver, over the Libya dataset's site written once for the test class. Chromium and
/// its driver come from Debian's packages (<c>chromium</c>, <c>chromium-driver</c>): found on the PATH or at their Debian
/// paths (or at <c>ALMANAC_CHROMIUM</c> and <c>ALMANAC_CHROMEDRIVER</c>); when missing, installed with apt-get if the tests
/// run as root, otherwise the tests fail with the command to run. Selenium Manager is never asked to download a browser.
/// </summary>
public sealed class Browser : IDisposable
{
    /// <summary>The command that installs what the browser tests need on Debian or Ubuntu.</summary>
    public const string InstallCommand = "sudo apt-get install -y chromium chromium-driver";

    private static readonly object s_installLock = new();

    public Browser()
    {
        (string chromium, string driver) = FindOrInstall();
        Site = DatasetSite.Write(LibyaDataset.Dataset, Path.Combine(Root, "site"), new SiteOptions
        {
            DocumentsDirectory = Path.Combine(TempDirectory.RepositoryRoot(), "seeds"),
        });
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
            "--allow-file-access-from-files", "--no-first-run", "--disable-extensions");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        ChromeDriverService service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public string Root { get; } = TempDirectory.Create("site-browser");

    public SiteResult Site { get; }

    public ChromeDriver Driver { get; }

    /// <summary>The folder the screenshots of each page kind are written to: <c>artifacts/site-screenshots/</c> under the repository root.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(TempDirectory.RepositoryRoot(), "artifacts", "site-screenshots");

    /// <summary>The file URL of a page of the site, given relative to its folder (with an optional fragment or query).</summary>
    public string Url(string relative) => new Uri(Path.Combine(Site.Directory, "index.html")).AbsoluteUri[..^"index.html".Length] + relative;

    /// <summary>Opens a page of the site.</summary>
    public void Open(string relative) => Driver.Navigate().GoToUrl(Url(relative));

    /// <summary>Writes a screenshot of the whole page as it is now.</summary>
    public void Screenshot(string name)
    {
        System.IO.Directory.CreateDirectory(ScreenshotFolder);
        long height = (long)Driver.ExecuteScript("return Math.min(6000, document.documentElement.scrollHeight);")!;
        Driver.Manage().Window.Size = new System.Drawing.Size(1280, (int)Math.Max(800, height + 140));
        Driver.GetScreenshot().SaveAsFile(Path.Combine(ScreenshotFolder, name + ".png"));
        Driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        TempDirectory.Delete(Root);
    }

    private static (string Chromium, string Driver) FindOrInstall()
    {
        lock (s_installLock)
        {
            if (Find() is { } found)
            {
                return found;
            }
            if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
            {
                throw new InvalidOperationException($"The browser tests need Chromium and chromedriver; install them with: {InstallCommand} (or set ALMANAC_CHROMIUM and ALMANAC_CHROMEDRIVER).");
            }
            Run("/usr/bin/apt-get", "update -qq");
            Run("/usr/bin/apt-get", "install -y -qq --no-install-recommends chromium chromium-driver");
            return Find() ?? throw new InvalidOperationException($"apt-get installed chromium and chromium-driver, but they are not at /usr/bin; install them with: {InstallCommand}");
        }
    }

    private static (string, string)? Find()
    {
        string? chromium = Environment.GetEnvironmentVariable("ALMANAC_CHROMIUM") is { Length: > 0 } c ? c
            : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium" }.FirstOrDefault(File.Exists) ?? OnPath("chromium");
        string? driver = Environment.GetEnvironmentVariable("ALMANAC_CHROMEDRIVER") is { Length: > 0 } d ? d
            : new[] { "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver" }.FirstOrDefault(File.Exists) ?? OnPath("chromedriver");
        return chromium is not null && driver is not null ? (chromium, driver) : null;
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private static void Run(string file, string arguments)
    {
        // apt-get prints to the test run's output.
        var start = new ProcessStartInfo(file, arguments) { UseShellExecute = false };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using Process process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}); install the browser with: {InstallCommand}");
        }
    }
}
