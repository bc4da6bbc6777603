using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// What the cross-file checks keep out of the generated code: whole files reached a second time by another
    /// path (neither reported again nor generated), files whose text is not valid UTF-8 (reported, not
    /// generated), and declarations that repeat an earlier id or C# name (each reported where it stands).
    /// </summary>
    public sealed record Exclusions(EquatableArray<string> LeftOutFiles, EquatableArray<LocationInfo> Declarations, EquatableArray<string> NotGeneratedFiles)
    {
        /// <summary>The file as it is to be generated: null if it is left out, else without its excluded declarations.</summary>
        public CheckedFactFile? Apply(CheckedFactFile file)
        {
            if (LeftOutFiles.Contains(file.File.Path))
            {
                return null;
            }

            FactFileSpec spec = file.File;
            if (NotGeneratedFiles.Contains(spec.Path))
            {
                return file with { File = spec with { Facts = default, Entities = default, Sources = default, Measures = default, Retired = default } };
            }

            if (!Declarations.Any(location => location.FilePath == spec.Path))
            {
                return file;
            }

            return file with
            {
                File = spec with
                {
                    Facts = spec.Facts.Where(f => !Declarations.Contains(f.IdLocation)).ToEquatableArray(),
                    Entities = spec.Entities.Where(e => !Declarations.Contains(e.IdLocation)).ToEquatableArray(),
                    Sources = spec.Sources.Where(s => !Declarations.Contains(s.IdLocation)).ToEquatableArray(),
                    Measures = spec.Measures.Where(m => !Declarations.Contains(m.IdLocation)).ToEquatableArray(),
                    Retired = spec.Retired.Where(r => !Declarations.Contains(r.IdLocation)).ToEquatableArray(),
                },
            };
        }
    }
}
