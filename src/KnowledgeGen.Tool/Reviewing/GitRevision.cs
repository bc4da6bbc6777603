using System.Diagnostics;
using System.Text;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// Reads a folder's files as they stood at a revision of a git repository, without checking anything out:
/// <c>git ls-tree</c> lists them, one <c>git cat-file --batch</c> process reads them all.
/// </summary>
public static class GitRevision
{
    /// <summary>The repository's root (the working tree's top folder) that contains <paramref name="folder"/>.</summary>
    public static string RepositoryRoot(string folder)
    {
        (int exit, byte[] output, string error) = Git(folder, null, "rev-parse", "--show-toplevel");
        if (exit != 0)
        {
            throw new UnreadableInputException($"'{KnowledgeBaseFolder.Display(folder)}' is not inside a git repository, so a git:<revision> side cannot be read: {error.Trim()}");
        }

        return Encoding.UTF8.GetString(output).Trim();
    }

    /// <summary>
    /// Every file under <paramref name="folder"/> (a path relative to the repository's root, '/'-separated) at
    /// <paramref name="revision"/>, keyed by its path relative to that folder.
    /// </summary>
    public static List<(string Path, string Text)> ReadFolder(string repository, string revision, string folder, Func<string, bool> wanted)
    {
        string commit = Commit(repository, revision);
        string prefix = folder.Length == 0 ? string.Empty : folder.TrimEnd('/') + "/";
        var blobs = new List<(string Path, string Object)>();
        foreach ((string mode, string type, string @object, string path) in List(repository, revision, commit, recursive: true, [prefix.Length == 0 ? "." : prefix]))
        {
            if (type == "blob" && path.StartsWith(prefix, StringComparison.Ordinal) && wanted(path))
            {
                // The rule a folder's files are held to (KnowledgeBaseFiles): a link stored in git ("120000") or an
                // unsafe name stops the comparison instead of being read.
                string relative = path[prefix.Length..];
                if (mode == "120000" || relative.Any(c => c != '/' && !KnowledgeBasePaths.IsSafe(c)))
                {
                    throw new UnreadableInputException($"'{PrintableText.Escape(path)}' at git:{PrintableText.Escape(revision)} is a symbolic link or has a character outside the safe set (KG0007, KG0008); KnowledgeGen reads neither.");
                }

                blobs.Add((relative, @object));
            }
        }

        if (blobs.Count == 0)
        {
            throw new UnreadableInputException($"git:{revision} has no fact files under '{(folder.Length == 0 ? "." : folder)}'.");
        }

        return Read(repository, revision, blobs);
    }

    /// <summary>
    /// Those of <paramref name="paths"/> (relative to the repository's root, '/'-separated) that are files at
    /// <paramref name="revision"/>, keyed by the path as given; a path that is no file there is left out.
    /// </summary>
    public static List<(string Path, string Text)> ReadFiles(string repository, string revision, IReadOnlyCollection<string> paths)
    {
        if (paths.Count == 0)
        {
            return [];
        }

        var blobs = new List<(string Path, string Object)>();
        foreach ((string mode, string type, string @object, string path) in List(repository, revision, Commit(repository, revision), recursive: false, paths))
        {
            // A link stored in git would be followed by a checkout, not by this read: it is no file here.
            if (type == "blob" && mode != "120000" && paths.Contains(path))
            {
                blobs.Add((path, @object));
            }
        }

        return Read(repository, revision, blobs);
    }

    private static string Commit(string repository, string revision)
    {
        (int exit, byte[] commit, string error) = Git(repository, null, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (exit != 0)
        {
            throw new UnreadableInputException($"git:{revision} is not a revision of the repository at '{KnowledgeBaseFolder.Display(repository)}'. {error.Trim()}".TrimEnd());
        }

        return Encoding.UTF8.GetString(commit).Trim();
    }

    /// <summary>`git ls-tree` of <paramref name="commit"/>: each entry's mode, type, object and path from the root.</summary>
    private static IEnumerable<(string Mode, string Type, string Object, string Path)> List(string repository, string revision, string commit, bool recursive, IEnumerable<string> paths)
    {
        string[] arguments = ["ls-tree", "-z", "--full-tree", .. recursive ? ["-r"] : Array.Empty<string>(), commit, "--", .. paths];
        (int exit, byte[] listing, string error) = Git(repository, null, arguments);
        if (exit != 0)
        {
            throw new UnreadableInputException($"Could not list the files of git:{revision}: {error.Trim()}");
        }

        foreach (string entry in Encoding.UTF8.GetString(listing).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object>\t<path>"
            int tab = entry.IndexOf('\t', StringComparison.Ordinal);
            string[] head = entry[..tab].Split(' ');
            yield return (head[0], head[1], head[2], entry[(tab + 1)..]);
        }
    }

    /// <summary>The blobs' texts, read by one <c>git cat-file --batch</c>, each keyed by its path.</summary>
    private static List<(string Path, string Text)> Read(string repository, string revision, List<(string Path, string Object)> blobs)
    {
        if (blobs.Count == 0)
        {
            return [];
        }

        string request = string.Concat(blobs.Select(b => b.Object + "\n"));
        (int exit, byte[] contents, string error) = Git(repository, request, "cat-file", "--batch");
        if (exit != 0)
        {
            throw new UnreadableInputException($"Could not read the files of git:{revision}: {error.Trim()}");
        }

        var files = new List<(string Path, string Text)>(blobs.Count);
        int at = 0;
        foreach ((string path, _) in blobs)
        {
            // "<object> blob <size>\n<bytes>\n"
            int newline = Array.IndexOf(contents, (byte)'\n', at);
            string[] header = Encoding.ASCII.GetString(contents, at, newline - at).Split(' ');
            int size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            files.Add((path, Decode(contents.AsSpan(newline + 1, size), path, revision)));
            at = newline + 1 + size + 1;
        }

        return files;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string path, string revision)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableInputException($"'{path}' at git:{revision} is not valid UTF-8.");
        }
    }

    private static (int Exit, byte[] Output, string Error) Git(string directory, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UnreadableInputException("Could not start git.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UnreadableInputException($"A git:<revision> side needs git on PATH: {e.Message}");
        }

        using (process)
        {
            Task<string> error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            copy.Wait();
            process.WaitForExit();
            return (process.ExitCode, output.ToArray(), error.Result);
        }
    }
}
