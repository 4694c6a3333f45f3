def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
// Each module gets its own copy of the spec; m2 and m4 rename Sample and add a property.
['m1', 'm2', 'm3', 'm4'].each { m ->
    def folder = new File(basedir, m)
    itFiles.copyCase(new File(casesDir), '29-parallel-build', folder)
    def spec = new File(folder, 'spec.yaml')
    def n = m.substring(1)
    if (m == 'm2' || m == 'm4') {
        def text = spec.getText('UTF-8').replaceAll(/\bSample\b/, 'Sample' + n)
        text = text.replace('    Device:\n      type: object\n      properties:\n',
            '    Device:\n      type: object\n      properties:\n        onlyInM' + n + ':\n          type: string\n')
        assert text.contains('onlyInM' + n)
        spec.setText(text, 'UTF-8')
    }
}
true
