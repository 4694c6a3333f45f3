def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert runs.size() == 4
def target = new File(basedir, 'target')
def first = runs[0]
assert first.contains('[INFO] Generated client com.example.inventory.InventoryClient from spec.yaml')
assert first.contains('[INFO] Generated client com.example.warehouses.WarehouseClient from spec.yaml')

def second = runs[1]
assert second.contains('[INFO] Skipped client generation for execution inventory because its inputs are unchanged')
assert second.contains('[INFO] Skipped client generation for execution warehouses because its inputs are unchanged')
assert second.contains('Nothing to compile')

def third = runs[2]
assert third.contains('[INFO] Generated client com.example.stock.InventoryClient from spec.yaml')
assert third.contains('[INFO] Skipped client generation for execution warehouses because its inputs are unchanged')

def fourth = runs[3]
assert fourth.contains('[INFO] Generated client com.example.stock.InventoryClient')
assert fourth.contains('[INFO] Generated client com.example.warehouses.WarehouseClient')

assert new File(target, 'generated-sources/inventory/com/example/stock/model/Item.java').isFile()
assert !new File(target, 'generated-sources/inventory/com/example/inventory').exists()
assert new File(target, 'generated-sources/warehouses/com/example/warehouses/model/Warehouse.java').isFile()
assert new File(target, 'classes/com/example/stock/model/Item.class').isFile()
assert new File(target, 'clientgen-state/inventory.properties').isFile()
assert new File(target, 'clientgen-state/warehouses.properties').isFile()
// State lives under target only.
def outside = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    if (!f.path.startsWith(target.path) && f.name.endsWith('.properties') && f.text.contains('fingerprint=')) {
        outside << f
    }
}
assert outside.isEmpty()
true
