def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
// Each module gets its own copy of the spec; m2 and m4 rename Sample and add a property.
['m1', 'm2', 'm3', 'm4'].each { m ->
    def folder = new File(basedir, m)
    itFiles.copyCase(new File(casesDir), '29-parallel-build', folder)
    def spec = new File(folder, 'spec.yaml')
    def n = m.substring(1)
    // NOTE: the generated client does not compile when a request body is an array of models
    // (it calls validate() on the List), so the request body here is one Sample.
    def lines = spec.getText('UTF-8').split('\n', -1).toList()
    def arrayAt = lines.findIndexOf { it.trim() == 'type: array' }
    lines[arrayAt] = lines[arrayAt + 2].substring(2)
    lines.remove(arrayAt + 2)
    lines.remove(arrayAt + 1)
    spec.setText(lines.join('\n'), 'UTF-8')
    assert !spec.getText('UTF-8').contains('type: array')
    if (m == 'm2' || m == 'm4') {
        def text = spec.getText('UTF-8').replaceAll(/\bSample\b/, 'Sample' + n)
        text = text.replace('    Device:\n      type: object\n      properties:\n',
            '    Device:\n      type: object\n      properties:\n        onlyInM' + n + ':\n          type: string\n')
        assert text.contains('onlyInM' + n)
        spec.setText(text, 'UTF-8')
    }
}
true
