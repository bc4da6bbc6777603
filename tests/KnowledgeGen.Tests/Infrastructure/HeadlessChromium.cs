using Microsoft.Playwright;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (.ci/run installs it when missing), driven headless by Playwright; shared by a test class.
/// Without it the browser tests are skipped (<see cref="FactNeedingAttribute"/>) with a message saying how to install
/// it, and the browser is not started.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public static string ExecutablePath => InstalledPrograms.PathOf(InstalledProgram.Chromium);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser was not started.");

    public async Task InitializeAsync()
    {
        if (InstalledPrograms.SkipReason(InstalledProgram.Chromium, ExecutablePath) is not null)
        {
            return; // every test of the class is skipped, and says why
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
