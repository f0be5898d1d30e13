/**
 * The DuckDB SQL type name for an Arrow field type, as DuckDB-Wasm exports it. Arrow loses a
 * little: HUGEINT arrives as DECIMAL(38,0), UUID and JSON as VARCHAR, ENUM as a dictionary of
 * strings, UHUGEINT/BIT/VARINT as bytes; those columns are named by what arrives.
 */
import { DataType, type Field } from 'apache-arrow';
import { spellIdent } from '../core/sqlText/quote';

const INT_NAMES: Record<string, string> = {
  '8s': 'TINYINT', '16s': 'SMALLINT', '32s': 'INTEGER', '64s': 'BIGINT',
  '8u': 'UTINYINT', '16u': 'USMALLINT', '32u': 'UINTEGER', '64u': 'UBIGINT',
};

const TIMESTAMP_NAMES = ['TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP', 'TIMESTAMP_NS'];


/** DuckDB's name for an Arrow type, e.g. `DECIMAL(10,2)` or `STRUCT(a INTEGER, b VARCHAR)[]`. */
export function arrowTypeName(type: DataType): string {
  if (DataType.isNull(type)) return 'NULL';
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isInt(type)) return INT_NAMES[`${type.bitWidth}${type.isSigned ? 's' : 'u'}`] ?? 'INTEGER';
  if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : type.precision === 1 ? 'FLOAT' : 'HALF_FLOAT';
  if (DataType.isDecimal(type)) return `DECIMAL(${type.precision},${type.scale})`;
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
  if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type)) return 'BLOB';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTime(type)) return 'TIME';
  if (DataType.isTimestamp(type)) {
    return type.timezone ? 'TIMESTAMP WITH TIME ZONE' : (TIMESTAMP_NAMES[type.unit] ?? 'TIMESTAMP');
  }
  if (DataType.isInterval(type) || DataType.isDuration(type)) return 'INTERVAL';
  if (DataType.isList(type)) return `${arrowTypeName((type.children[0] as Field).type)}[]`;
  if (DataType.isFixedSizeList(type)) return `${arrowTypeName((type.children[0] as Field).type)}[${type.listSize}]`;
  if (DataType.isStruct(type)) {
    return `STRUCT(${type.children.map((f) => `${spellIdent(f.name)} ${arrowTypeName(f.type)}`).join(', ')})`;
  }
  if (DataType.isMap(type)) {
    const [key, value] = (type.children[0] as Field).type.children as Field[];
    return `MAP(${arrowTypeName((key as Field).type)}, ${arrowTypeName((value as Field).type)})`;
  }
  if (DataType.isDictionary(type)) return DataType.isUtf8(type.dictionary) ? 'ENUM' : arrowTypeName(type.dictionary);
  if (DataType.isUnion(type)) return `UNION(${type.children.map((f) => `${spellIdent(f.name)} ${arrowTypeName(f.type)}`).join(', ')})`;
  return String(type).toUpperCase();
}
