using System.Diagnostics;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests.Lsp;

/// <summary>
/// A real editor no one here wrote runs the server: Debian's Neovim (0.7, installed by .ci/run) headless, with
/// its built-in LSP client started on the YAML file type, opens a fact file with a wrong quote and writes back
/// the diagnostics it holds for the buffer.
/// </summary>
[StartsRealProcesses]
public sealed class NeovimTests
{
    private const string Neovim = InstalledPrograms.NeovimPath;

    // Neovim 0.7 has vim.lsp.start_client and buf_attach_client (vim.lsp.start came in 0.8). The opened
    // buffer's diagnostics are written when they change until a KG0040 is among them; Neovim quits then, or after a minute.
    private const string InitLua = """
        local out = os.getenv("KG_OUT")
        local file_buf = nil
        vim.api.nvim_create_autocmd("FileType", { pattern = "yaml", callback = function(args)
          if file_buf then return end
          file_buf = args.buf
          local id = vim.lsp.start_client({ name = "knowledgegen", cmd = { "dotnet", os.getenv("KG_TOOL"), "lsp" }, root_dir = os.getenv("KG_ROOT") })
          vim.lsp.buf_attach_client(args.buf, id)
        end })
        vim.api.nvim_create_autocmd("DiagnosticChanged", { callback = function()
          if not file_buf or vim.g.kg_done then return end
          local lines = {}
          for _, d in ipairs(vim.diagnostic.get(file_buf)) do
            local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""
            table.insert(lines, string.format("%d|%s|%s", d.lnum + 1, code, d.message))
            if code == "KG0040" then vim.g.kg_done = true end
          end
          local f = io.open(out, "w")
          f:write(table.concat(lines, "\n"))
          f:close()
        end })
        """;

    [FactNeeding(InstalledProgram.Neovim)]
    public void Neovims_own_lsp_client_receives_a_wrong_quote_as_KG0040_at_its_line()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(RepositoryPaths.Facts, "facts");
        string facts = Path.Combine(work.Path, "facts");
        CheckedKnowledgeBase knowledgeBase = KnowledgeBaseChecker.Check(Directory.EnumerateFiles(facts, "*", SearchOption.AllDirectories)
            .Where(p => FilePaths.IsFactFile(p) || FilePaths.IsSourceText(p)).Select(p => (p, File.ReadAllText(p))));
        CitationSpec citation = knowledgeBase.Facts.SelectMany(f => f.Citations)
            .First(c => c.Sentence is not null && File.ReadAllLines(c.QuoteLocation.FilePath)[c.QuoteLocation.LineSpan.Start.Line].TrimStart().StartsWith("quote: ", StringComparison.Ordinal));
        string file = citation.QuoteLocation.FilePath;
        int line = citation.QuoteLocation.LineSpan.Start.Line;
        string[] lines = File.ReadAllLines(file);
        lines[line] = lines[line].Replace("quote: ", "quote: Zyzzyva ", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);
        string init = work.Write("init.lua", InitLua);
        string output = Path.Combine(work.Path, "diagnostics.txt");

        var start = new ProcessStartInfo(Neovim) { WorkingDirectory = work.Path, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (string argument in new[] { "--headless", "-u", init, file, "-c", "lua vim.wait(60000, function() return vim.g.kg_done end, 100)", "-c", "qa!" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["KG_OUT"] = output;
        start.Environment["KG_TOOL"] = Path.Combine(AppContext.BaseDirectory, "KnowledgeGen.Tool.dll");
        start.Environment["KG_ROOT"] = work.Path;
        using (Process neovim = Process.Start(start)!)
        {
            if (!neovim.WaitForExit(120_000))
            {
                neovim.Kill(entireProcessTree: true);
                Assert.Fail("Neovim did not quit within two minutes.");
            }
        }

        Assert.True(File.Exists(output), "Neovim received no diagnostics.");
        string[] received = File.ReadAllLines(output);
        Assert.Contains(received, r => r.StartsWith((line + 1) + "|KG0040|The quote does not stand in source '" + citation.Source.Id + "'", StringComparison.Ordinal));
    }
}
