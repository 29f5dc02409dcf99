using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Almanac.Packaging.Tests.Infrastructure;

/// <summary>A .nupkg read into memory: its file list, its nuspec and its entries.</summary>
public sealed class PackageFile
{
    private readonly Dictionary<string, byte[]> _entries;

    private PackageFile(string path, Dictionary<string, byte[]> entries, XElement metadata)
    {
        Path = path;
        _entries = entries;
        Metadata = metadata;
    }

    /// <summary>The .nupkg path.</summary>
    public string Path { get; }

    /// <summary>The file paths in the package, '/'-separated, without the OPC bookkeeping (_rels, [Content_Types].xml, package/).</summary>
    public IReadOnlyList<string> Files =>
        _entries.Keys.Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal)
            && name != "[Content_Types].xml" && !name.EndsWith(".nuspec", StringComparison.Ordinal)).OrderBy(name => name, StringComparer.Ordinal).ToList();

    /// <summary>The package id (nuspec &lt;id&gt;).</summary>
    public string Id => MetadataValue("id") ?? "";

    /// <summary>The package version (nuspec &lt;version&gt;).</summary>
    public string Version => MetadataValue("version") ?? "";

    /// <summary>The nuspec's &lt;metadata&gt; element.</summary>
    public XElement Metadata { get; }

    /// <summary>The file list, one per line, for assertion messages.</summary>
    public string Listing => $"{System.IO.Path.GetFileName(Path)}:\n  " + string.Join("\n  ", Files) + "\nnuspec metadata:\n" + Metadata;

    /// <summary>The value of a nuspec metadata element such as <c>developmentDependency</c>, or null.</summary>
    public string? MetadataValue(string name) => Metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();

    /// <summary>Every declared dependency: (target framework of its group or "", id, version).</summary>
    public IReadOnlyList<(string TargetFramework, string Id, string Version)> Dependencies =>
        Metadata.Elements().Where(e => e.Name.LocalName == "dependencies")
            .Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (
                e.Parent is { } parent && parent.Name.LocalName == "group" ? (string?)parent.Attribute("targetFramework") ?? "" : "",
                (string?)e.Attribute("id") ?? "",
                (string?)e.Attribute("version") ?? ""))
            .ToList();

    /// <summary>Whether the package holds <paramref name="file"/>.</summary>
    public bool Contains(string file) => _entries.ContainsKey(file);

    /// <summary>The text of the file <paramref name="file"/> of the package (UTF-8), with '\n' line ends.</summary>
    public string ReadText(string file) => System.Text.Encoding.UTF8.GetString(Entry(file)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The names and versions of the assemblies that the assembly <paramref name="file"/> of the package references.</summary>
    public IReadOnlyDictionary<string, Version> AssemblyReferences(string file)
    {
        using var pe = new PEReader(new MemoryStream(Entry(file)));
        MetadataReader reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .ToDictionary(reference => reader.GetString(reference.Name), reference => reference.Version);
    }

    /// <summary>Whether the assembly <paramref name="file"/> of the package holds ReadyToRun code (a managed native header).</summary>
    public bool IsReadyToRun(string file)
    {
        using var pe = new PEReader(new MemoryStream(Entry(file)));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    /// <summary>The module version id of the assembly <paramref name="file"/> of the package: the same for images of one compilation.</summary>
    public Guid ModuleVersionId(string file)
    {
        using var pe = new PEReader(new MemoryStream(Entry(file)));
        MetadataReader reader = pe.GetMetadataReader();
        return reader.GetGuid(reader.GetModuleDefinition().Mvid);
    }

    /// <summary>The name and version of the assembly <paramref name="file"/> of the package.</summary>
    public (string Name, Version Version) AssemblyIdentity(string file)
    {
        using var pe = new PEReader(new MemoryStream(Entry(file)));
        MetadataReader reader = pe.GetMetadataReader();
        AssemblyDefinition definition = reader.GetAssemblyDefinition();
        return (reader.GetString(definition.Name), definition.Version);
    }

    /// <summary>
    /// The <c>AssemblyInformationalVersion</c> of the assembly <paramref name="file"/> of the package (the package version,
    /// plus <c>+commit</c> when built from git), or null: it tells the assembly built for this package from a stale one.
    /// </summary>
    public string? InformationalVersion(string file)
    {
        using var pe = new PEReader(new MemoryStream(Entry(file)));
        MetadataReader reader = pe.GetMetadataReader();
        foreach (CustomAttributeHandle handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }
            MemberReference constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference
                || reader.GetString(reader.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name) != "AssemblyInformationalVersionAttribute")
            {
                continue;
            }
            BlobReader value = reader.GetBlobReader(attribute.Value);
            return value.ReadUInt16() == 1 ? value.ReadSerializedString() : null;
        }
        return null;
    }

    /// <summary>Reads the package at <paramref name="path"/>.</summary>
    public static PackageFile Open(string path)
    {
        using ZipArchive archive = ZipFile.OpenRead(path);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }
            using Stream stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries[Uri.UnescapeDataString(entry.FullName)] = buffer.ToArray();
        }
        string nuspec = entries.Keys.Single(name => !name.Contains('/') && name.EndsWith(".nuspec", StringComparison.Ordinal));
        XElement metadata = XDocument.Load(new MemoryStream(entries[nuspec])).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return new PackageFile(path, entries, metadata);
    }

    private byte[] Entry(string file) =>
        _entries.TryGetValue(file, out byte[]? bytes) ? bytes : throw new InvalidOperationException($"{file} is not in the package.\n{Listing}");
}
