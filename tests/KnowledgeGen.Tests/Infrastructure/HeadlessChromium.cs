using Microsoft.Playwright;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (.ci/run installs it when missing), driven headless by Playwright; shared by a test class.
/// Without it the browser tests fail and say how to install it: a report test that passed without a browser would
/// prove nothing.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("KNOWLEDGEGEN_CHROMIUM") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser was not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The report's browser tests need Chromium at {ExecutablePath}: install it with 'apt-get update && apt-get install -y chromium' "
                + "(as .ci/run does), or point KNOWLEDGEGEN_CHROMIUM at a Chromium executable.");
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
