// Writes an ONNX model (the ModelProto of onnx.proto3) from a small description, for the tiny cross-encoder the
// semantic verifier's tests and benchmark run on (tiny-model.ts): no model weights can be downloaded here, and
// writing the few protobuf fields a graph needs is shorter than a protobuf dependency.
// Field numbers follow https://github.com/onnx/onnx/blob/main/onnx/onnx.proto3.

/** Tensor element types (TensorProto.DataType). */
export const FLOAT = 1;
export const INT64 = 7;

export interface OnnxTensor {
  name: string;
  dims: number[];
  /** Float32 values, row-major. */
  values: Float32Array;
}

export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  /** Integer and integer-list attributes (axes, keepdims, to). */
  attributes?: Record<string, number | number[]>;
}

export interface OnnxValue {
  name: string;
  type: number;
  /** Each dimension a size or a symbolic name (batch, sequence). */
  shape: Array<number | string>;
}

export interface OnnxGraph {
  name: string;
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: OnnxValue[];
  outputs: OnnxValue[];
  opset: number;
}

/** The bytes of an ONNX model file for `graph`. */
export function encodeModel(graph: OnnxGraph): Uint8Array {
  const model = new Writer();
  model.varintField(1, 8); // ir_version 8
  model.stringField(2, 'claimdiff');
  model.bytesField(7, encodeGraph(graph));
  const opset = new Writer();
  opset.stringField(1, '');
  opset.varintField(2, graph.opset);
  model.bytesField(8, opset.bytes());
  return model.bytes();
}

function encodeGraph(graph: OnnxGraph): Uint8Array {
  const w = new Writer();
  graph.nodes.forEach((node, k) => w.bytesField(1, encodeNode(node, `${node.op}_${k}`)));
  w.stringField(2, graph.name);
  for (const t of graph.initializers) w.bytesField(5, encodeTensor(t));
  for (const v of graph.inputs) w.bytesField(11, encodeValue(v));
  for (const v of graph.outputs) w.bytesField(12, encodeValue(v));
  return w.bytes();
}

function encodeNode(node: OnnxNode, name: string): Uint8Array {
  const w = new Writer();
  for (const i of node.inputs) w.stringField(1, i);
  for (const o of node.outputs) w.stringField(2, o);
  w.stringField(3, name);
  w.stringField(4, node.op);
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    const a = new Writer();
    a.stringField(1, key);
    if (Array.isArray(value)) {
      for (const v of value) a.varintField(8, v);
      a.varintField(20, 7); // AttributeType INTS
    } else {
      a.varintField(3, value);
      a.varintField(20, 2); // AttributeType INT
    }
    w.bytesField(5, a.bytes());
  }
  return w.bytes();
}

function encodeTensor(t: OnnxTensor): Uint8Array {
  const w = new Writer();
  for (const d of t.dims) w.varintField(1, d);
  w.varintField(2, FLOAT);
  w.stringField(8, t.name);
  // raw_data is little-endian; so is every machine this runs on, and Float32Array's bytes are in machine order.
  w.bytesField(9, new Uint8Array(t.values.buffer, t.values.byteOffset, t.values.byteLength));
  return w.bytes();
}

function encodeValue(v: OnnxValue): Uint8Array {
  const shape = new Writer();
  for (const d of v.shape) {
    const dim = new Writer();
    if (typeof d === 'number') dim.varintField(1, d);
    else dim.stringField(2, d);
    shape.bytesField(1, dim.bytes());
  }
  const tensor = new Writer();
  tensor.varintField(1, v.type);
  tensor.bytesField(2, shape.bytes());
  const type = new Writer();
  type.bytesField(1, tensor.bytes());
  const w = new Writer();
  w.stringField(1, v.name);
  w.bytesField(2, type.bytes());
  return w.bytes();
}

/** Protobuf wire format: varints (wire type 0) and length-delimited fields (wire type 2). */
class Writer {
  private parts: number[] = [];
  private chunks: Uint8Array[] = [];

  varintField(field: number, value: number): void {
    this.varint(field << 3);
    this.varint(value);
  }

  stringField(field: number, value: string): void {
    this.bytesField(field, new TextEncoder().encode(value));
  }

  bytesField(field: number, value: Uint8Array): void {
    this.varint((field << 3) | 2);
    this.varint(value.length);
    this.flush();
    this.chunks.push(value);
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.chunks.reduce((s, c) => s + c.length, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  private varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`onnx-writer: not a varint: ${value}`);
    let v = value;
    while (v >= 0x80) {
      this.parts.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.parts.push(v);
  }

  private flush(): void {
    if (this.parts.length) this.chunks.push(Uint8Array.from(this.parts));
    this.parts = [];
  }
}
