#!/usr/bin/env python3
"""Stop-gap bridge until the generated stablehlo dialect parses StableHLO's pretty syntax: rewrites the pretty
forms that shared/corpus/stablehlo/testdata uses into MLIR generic form, so build/corpus-interp.sh can run the
corpus through `mlirbuild run` today. Line based; ops it does not know are left as they are (and then fail to
parse, which the sweep reports). Not part of the product: delete once the dialect lands."""
import re
import sys

OP = re.compile(r'^(\s*)((?:%[\w#:]+(?:, )?)+ = )?stablehlo\.(\w+)(.*)$')


CHLO = re.compile(r'^(\s*)((?:%[\w#:]+(?:, )?)+ = )?chlo\.(\w+)(.*)$')


def convert_chlo(m):
    indent, lhs, op, rest = m.group(1), m.group(2) or '', m.group(3), m.group(4)
    head, sig = split_sig(rest)
    attrs = []
    if head.startswith('('):
        head = head[1:-1]
    operands = []
    for item in split_top(head):
        if item.startswith('%'):
            operands.append(item)
        elif '=' in item:
            k, v = item.split('=', 1)
            attrs.append(f'{k.strip()} = {v.strip()} : i64' if re.fullmatch(r'\s*-?\d+\s*', v) else f'{k.strip()} = {v.strip()}')
    ins, outs = sig.split(' -> ')
    ins = split_top(ins)
    if len(ins) == 1 and len(operands) > 1:
        ins = ins * len(operands)
    outs = outs.strip()
    attr_text = f' {{{", ".join(attrs)}}}' if attrs else ''
    return f'{indent}{lhs}"chlo.{op}"({", ".join(operands)}){attr_text} : ({", ".join(ins)}) -> {outs}'


CHECK = re.compile(r'^(\s*)check\.(\w+) (.*)$')


def convert_check(m):
    indent, op, rest = m.groups()
    head, sig = split_sig(rest)
    items = split_top(head)
    operands = [x for x in items if x.startswith('%')]
    attrs = []
    for x in items:
        if x.startswith('dense<'):
            attrs.append(f'value = {x} : {sig}')
        elif '=' in x and not x.startswith('%'):
            k, v = x.split('=', 1)
            attrs.append(f'{k.strip()} = {v.strip()}')
    types = [sig] * len(operands) if sig and not sig.startswith('(') else split_top((sig or '()')[1:-1])
    attr_text = f' {{{", ".join(attrs)}}}' if attrs else ''
    return f'{indent}"check.{op}"({", ".join(operands)}){attr_text} : ({", ".join(types)}) -> ()'


def split_top(text, sep=','):
    parts, depth, cur = [], 0, ''
    for ch in text:
        if ch in '<([{':
            depth += 1
        elif ch in '>)]}':
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def split_sig(rest):
    """'head : sig' at the last top-level ' : '."""
    depth = 0
    idx = -1
    for i, ch in enumerate(rest):
        if ch in '<([{':
            depth += 1
        elif ch in '>)]}':
            depth -= 1
        elif ch == ':' and depth == 0 and rest[i - 1:i + 2] == ' : ':
            idx = i
    if idx < 0:
        return rest.strip(), None
    return rest[:idx].strip(), rest[idx + 1:].strip()


def parse_sig(sig, n_operands, n_results):
    """Returns (operand types, result types)."""
    if sig.startswith('('):
        inner, depth, i = '', 0, 0
        for i, ch in enumerate(sig):
            if ch == '(':
                depth += 1
                if depth == 1:
                    continue
            if ch == ')':
                depth -= 1
                if depth == 0:
                    break
            inner += ch
        ins = split_top(inner)
        res = sig[i + 1:].strip()
        assert res.startswith('->'), sig
        res = res[2:].strip()
        outs = split_top(res[1:-1]) if res.startswith('(') else [res]
        return ins, outs
    types = split_top(sig)
    if len(types) == 2 and n_operands == 3:
        return [types[0], types[1], types[1]], [types[1]] * n_results  # select: pred type, value type
    if len(types) == 1:
        return [types[0]] * n_operands, [types[0]] * n_results
    return types, [types[-1]] * n_results  # select: pred type, value type


def arr(values, elt='i64'):
    values = values.strip().strip('[]').strip()
    return f'array<{elt}>' if not values else f'array<{elt}: {values}>'


def results_count(lhs):
    if not lhs:
        return 0
    names = [n.strip() for n in lhs.strip()[:-1].strip().split(',')]
    total = 0
    for n in names:
        m = re.match(r'%[\w]+:(\d+)$', n)
        total += int(m.group(1)) if m else 1
    return total


def conv_numbers(text):
    groups = re.findall(r'\[([^\]]*)\]', text)
    def layout(items, a, b):
        items = [x.strip() for x in items.split(',')]
        sp = {}
        ia = ib = -1
        for i, x in enumerate(items):
            if x == a: ia = i
            elif x == b: ib = i
            else: sp[int(x)] = i
        return ia, ib, [sp[k] for k in sorted(sp)]
    ib, if_, isp = layout(groups[0], 'b', 'f')
    ki, ko, ksp = layout(groups[1], 'i', 'o')
    ob, of, osp = layout(groups[2], 'b', 'f')
    j = lambda v: '[' + ', '.join(map(str, v)) + ']'
    return ('#stablehlo.conv<raw input_batch_dimension = %d, input_feature_dimension = %d, input_spatial_dimensions = %s, '
            'kernel_input_feature_dimension = %d, kernel_output_feature_dimension = %d, kernel_spatial_dimensions = %s, '
            'output_batch_dimension = %d, output_feature_dimension = %d, output_spatial_dimensions = %s>'
            % (ib, if_, j(isp), ki, ko, j(ksp), ob, of, j(osp)))


class Converter:
    def __init__(self, lines):
        self.lines = lines
        self.out = []
        self.stack = []  # pending region closers

    def emit(self, s):
        self.out.append(s)

    def run(self):
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            stripped = line.strip()
            if self.stack and stripped.startswith('}'):
                kind, data = self.stack[-1]
                if kind == 'while' and stripped.startswith('} do {'):
                    self.emit(line.replace('} do {', '}, {'))
                    self.emit('^bb0(%s):' % data['args'])
                    i += 1
                    continue
                if stripped == '}':
                    self.stack.pop()
                    self.emit(line.replace('}', '}) ' + data['tail'], 1))
                    i += 1
                    continue
            if self.stack and self.stack[-1][0] == 'while' and stripped == 'cond {':
                i += 1
                continue
            km = CHECK.match(line)
            if km:
                self.emit(convert_check(km))
                i += 1
                continue
            cm = CHLO.match(line)
            if cm:
                self.emit(convert_chlo(cm))
                i += 1
                continue
            if self.stack and self.stack[-1][0] == 'reduce' and stripped.startswith('reducer('):
                args = re.findall(r'\(([^)]*)\)', stripped)
                # reducer(%a: T, %b: T) (%c: T, %d: T): block args are all firsts then all seconds
                firsts = [split_top(a)[0] for a in args]
                seconds = [split_top(a)[1] for a in args]
                self.emit('^bb0(%s):' % ', '.join(firsts + seconds))
                i += 1
                continue
            self.emit(self.convert(line))
            i += 1
        return self.out

    def convert(self, line):
        m = OP.match(line)
        if not m or m.group(4).startswith('"'):
            return line
        indent, lhs, op, rest = m.group(1), m.group(2) or '', m.group(3), m.group(4)
        nres = results_count(lhs)
        if op == 'return':
            head, sig = split_sig(rest)
            ops = head.strip()
            types = split_top(sig) if sig else []
            return f'{indent}"stablehlo.return"({ops}) : ({", ".join(types)}) -> ()'
        if op == 'constant':
            head, sig = split_sig(rest)
            return f'{indent}{lhs}"stablehlo.constant"() {{value = {head} : {sig}}} : () -> {sig}'
        if op == 'custom_call':
            mm = re.match(r'\s*@([\w.]+)\((.*?)\)\s*(\{.*\})?\s*:\s*(.*)$', rest)
            target, operands, attrs, sig = mm.group(1), mm.group(2), mm.group(3), mm.group(4)
            extra = attrs[1:-1] + ', ' if attrs else ''
            return f'{indent}{lhs}"stablehlo.custom_call"({operands}) {{{extra}call_target_name = "{target}"}} : {sig}'
        if op == 'reduce' and 'applies' in rest:
            mm = re.match(r'\((.*)\) applies stablehlo\.(\w+) across dimensions = \[([^\]]*)\] : (.*)$', rest.strip())
            pairs = re.findall(r'(%[\w#]+) init: (%[\w#]+)', mm.group(1))
            sig = mm.group(4)
            ins, outs = parse_sig(sig, 2 * len(pairs), max(nres, 1))
            elt = re.sub(r'tensor<.*?([a-z][\w<>]*)>$', r'\1', outs[0]) if False else None
            inits_t = ins[len(pairs):]
            body_ops = [p[0] for p in pairs] + [p[1] for p in pairs]
            a, b = '%__a', '%__b'
            t = inits_t[0]
            region = (f'({{\n{indent}^bb0({a}: {t}, {b}: {t}):\n{indent}  %__r = "stablehlo.{mm.group(2)}"({a}, {b}) : ({t}, {t}) -> {t}\n'
                      f'{indent}  "stablehlo.return"(%__r) : ({t}) -> ()\n{indent}}})')
            return f'{indent}{lhs}"stablehlo.reduce"({", ".join(body_ops)}) {region} {{dimensions = {arr(mm.group(3))}}} : {sig}'
        if op == 'reduce':
            mm = re.match(r'\((.*)\) across dimensions = \[([^\]]*)\] : (.*)$', rest.strip())
            pairs = re.findall(r'(%[\w#]+) init: (%[\w#]+)', mm.group(1))
            body_ops = [p[0] for p in pairs] + [p[1] for p in pairs]
            self.stack.append(('reduce', {'tail': f'{{dimensions = {arr(mm.group(2))}}} : {mm.group(3)}'}))
            return f'{indent}{lhs}"stablehlo.reduce"({", ".join(body_ops)}) ({{'
        if op == 'while':
            mm = re.match(r'\((.*)\) : (.*)$', rest.strip())
            binds = [b.split('=') for b in split_top(mm.group(1))]
            types = split_top(mm.group(2))
            names = [b[0].strip() for b in binds]
            vals = [b[1].strip() for b in binds]
            args = ', '.join(f'{n}: {t}' for n, t in zip(names, types))
            self.stack.append(('while', {'args': args, 'tail': f': ({", ".join(types)}) -> ({", ".join(types)})'}))
            self.pending_cond = args
            return f'{indent}{lhs}"stablehlo.while"({", ".join(vals)}) ({{\n{indent}^bb0({args}):'
        if op == 'convolution':
            mm = re.match(r'\((.*?)\) dim_numbers = (.*?\]->\[.*?\])(?:, window = \{(.*?)\})?\s*(\{[^{}]*\})?\s*: (.*)$', rest.strip())
            operands, dn, window, attrs, sig = mm.groups()
            attrs = attrs or '{}'
            fields = {}
            for part in split_top(window or ''):
                k, v = part.split('=', 1)
                fields[k.strip()] = v.strip()
            a = [f'dimension_numbers = {conv_numbers(dn)}'] + ([attrs[1:-1]] if attrs[1:-1].strip() else [])
            if 'stride' in fields: a.append(f'window_strides = {arr(fields["stride"])}')
            if 'lhs_dilate' in fields: a.append(f'lhs_dilation = {arr(fields["lhs_dilate"])}')
            if 'rhs_dilate' in fields: a.append(f'rhs_dilation = {arr(fields["rhs_dilate"])}')
            if 'reverse' in fields: a.append(f'window_reversal = {arr(fields["reverse"].replace("true", "true").replace("false", "false"), "i1")}')
            if 'pad' in fields:
                rows = re.findall(r'\[(-?\d+), (-?\d+)\]', fields['pad'])
                a.append('padding = dense<[%s]> : tensor<%dx2xi64>' % (', '.join(f'[{x}, {y}]' for x, y in rows), len(rows)))
            return f'{indent}{lhs}"stablehlo.convolution"({operands}) {{{", ".join(a)}}} : {sig}'

        head, sig = split_sig(rest)
        if sig is None:
            return line
        items = split_top(head)
        operands = [x for x in items if x.startswith('%')]
        attrs = []
        pos = [x for x in items if not x.startswith('%') and '=' not in x]
        kv = {}
        for x in items:
            if '=' in x and not x.startswith('%'):
                k, v = x.split('=', 1)
                kv[k.strip()] = v.strip()
        if op == 'compare':
            attrs.append(f'comparison_direction = #stablehlo<comparison_direction {pos[0]}>')
            if len(pos) > 1:
                attrs.append(f'compare_type = #stablehlo<comparison_type {pos[1]}>')
        elif op == 'slice':
            mm = re.match(r'(%[\w#]+) \[(.*)\]$', head)
            operands = [mm.group(1)]
            starts, limits, strides = [], [], []
            for r in split_top(mm.group(2)):
                p = r.split(':')
                starts.append(p[0]); limits.append(p[1]); strides.append(p[2] if len(p) > 2 else '1')
            attrs += [f'start_indices = {arr(", ".join(starts))}', f'limit_indices = {arr(", ".join(limits))}', f'strides = {arr(", ".join(strides))}']
        elif op == 'dot_general':
            def xs(v):
                l, r = v.split(' x ')
                return l.strip(), r.strip()
            lb, rb = xs(kv['batching_dims']) if 'batching_dims' in kv else ('[]', '[]')
            lc, rc = xs(kv['contracting_dims']) if 'contracting_dims' in kv else ('[]', '[]')
            attrs.append(f'dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = {lb}, rhs_batching_dimensions = {rb}, lhs_contracting_dimensions = {lc}, rhs_contracting_dimensions = {rc}>')
        elif op == 'reduce_precision':
            e, mbits = re.match(r'e(\d+)m(\d+)', kv['format']).groups()
            attrs += [f'exponent_bits = {e} : i32', f'mantissa_bits = {mbits} : i32']
        elif op == 'fft':
            attrs += [f'fft_type = #stablehlo<fft_type {kv["type"].strip()}>', f'fft_length = {arr(kv["length"])}']
        elif op == 'rng_bit_generator':
            attrs.append(f'rng_algorithm = #stablehlo<rng_algorithm {kv["algorithm"].strip()}>')
        else:
            rename = {'dims': {'broadcast_in_dim': 'broadcast_dimensions', 'dynamic_broadcast_in_dim': 'broadcast_dimensions',
                               'transpose': 'permutation', 'reverse': 'dimensions'},
                      'dim': {'concatenate': 'dimension', 'iota': 'iota_dimension', 'dynamic_iota': 'iota_dimension', 'get_dimension_size': 'dimension'},
                      'low': {'pad': 'edge_padding_low'}, 'high': {'pad': 'edge_padding_high'}, 'interior': {'pad': 'interior_padding'},
                      'sizes': {'dynamic_slice': 'slice_sizes'}}
            for k, v in kv.items():
                name = rename.get(k, {}).get(op, k)
                if v.startswith('['):
                    attrs.append(f'{name} = {arr(v)}')
                elif re.fullmatch(r'-?\d+', v):
                    attrs.append(f'{name} = {v} : i64')
                else:
                    attrs.append(f'{name} = {v}')
        ins, outs = parse_sig(sig, len(operands), max(nres, 1))
        attr_text = f' {{{", ".join(attrs)}}}' if attrs else ''
        res = outs[0] if len(outs) == 1 else '(' + ', '.join(outs) + ')'
        return f'{indent}{lhs}"stablehlo.{op}"({", ".join(operands)}){attr_text} : ({", ".join(ins)}) -> {res}'


def convert_file(src, dst):
    lines = open(src).read().split('\n')
    try:
        out = Converter(lines).run()
    except Exception as e:  # leave the file as it is; the sweep reports the parse failure
        print(f'{src}: not converted ({e!r})', file=sys.stderr)
        out = lines
    open(dst, 'w').write('\n'.join(out))


def main():
    # stablehlo_to_generic.py SRC DST, or SRC_DIR DST_DIR for every .mlir below SRC_DIR
    import os
    src, dst = sys.argv[1], sys.argv[2]
    if not os.path.isdir(src):
        convert_file(src, dst)
        return
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if name.endswith('.mlir'):
                rel = os.path.relpath(os.path.join(root, name), src)
                os.makedirs(os.path.dirname(os.path.join(dst, rel)), exist_ok=True)
                convert_file(os.path.join(root, name), os.path.join(dst, rel))


if __name__ == '__main__':
    main()
