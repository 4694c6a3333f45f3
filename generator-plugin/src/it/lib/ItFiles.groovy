// Helpers shared by the setup.groovy and verify.groovy scripts of the integration tests.
// Load with: def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

/**
 * Removes every `parameters:` block and turns path templates such as /items/{sku} into
 * literal paths, because the generator rejects path, query, header and cookie parameters.
 */
String stripParameters(String yaml) {
    def out = []
    Integer skipIndent = null
    for (line in yaml.split('\n', -1)) {
        def indent = line.length() - line.stripLeading().length()
        if (skipIndent != null) {
            if (line.isBlank() || indent > skipIndent
                    || (indent == skipIndent && line.stripLeading().startsWith('- '))) {
                continue
            }
            skipIndent = null
        }
        if (line.stripLeading() == 'parameters:') {
            skipIndent = indent
            continue
        }
        while (line ==~ /^\s*\/.*\{[^}]*\}.*:\s*$/) {
            line = line.replaceFirst(/\{([^}]*)\}/, '$1')
        }
        out << line
    }
    return out.join('\n')
}

/** Copies a file or folder tree. */
void copyTree(File from, File to) {
    Path source = from.toPath()
    Files.walk(source).forEach { p ->
        Path target = to.toPath().resolve(source.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(target)
        } else {
            Files.createDirectories(target.parent)
            Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}

/** Copies a case folder, without expected.md, and strips the parameters from every YAML file. */
void copyCase(File casesDir, String caseName, File to) {
    copyTree(new File(casesDir, caseName), to)
    new File(to, 'expected.md').delete()
    to.eachFileRecurse { f ->
        if (f.name.endsWith('.yaml')) {
            f.setText(stripParameters(f.getText('UTF-8')), 'UTF-8')
        }
    }
}

/** Relative path to bytes of every file under a folder. */
Map<String, byte[]> snapshot(File folder) {
    def files = new TreeMap<String, byte[]>()
    folder.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        files[folder.toPath().relativize(f.toPath()).toString().replace('\\', '/')] = f.bytes
    }
    return files
}

/** Fails with a message naming both trees and the first difference. */
void assertSameTree(File expected, File actual) {
    def a = snapshot(expected)
    def b = snapshot(actual)
    assert a.keySet() == b.keySet() : "file lists differ: ${expected} has ${a.keySet() - b.keySet()}, ${actual} has ${b.keySet() - a.keySet()}"
    a.each { name, bytes ->
        assert Arrays.equals(bytes, b[name]) : "${name} differs between ${expected} and ${actual}"
    }
}
