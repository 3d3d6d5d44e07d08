;; Adam's update of one weight in one pass, 4 floats at a time (WASM SIMD), over tfjs-wasm's own memory.
;; Pointers are byte offsets in that memory; n is the element count. For each i:
;;   m'[i] = m[i] + (g[i] - m[i]) * firstRate
;;   v'[i] = v[i] + (g[i]^2 - v[i]) * secondRate
;;   w'[i] = w[i] + negativeStep * m'[i] / (sqrt(v'[i]) + epsilon)
;; Compiled into adam-update-bytes.ts by scripts/compile-wat.mjs; a unit test checks the two agree.
(module
  (import "env" "memory" (memory 0))
  (func (export "adam")
    (param $w i32) (param $m i32) (param $v i32) (param $g i32)
    (param $wOut i32) (param $mOut i32) (param $vOut i32) (param $n i32)
    (param $firstRate f32) (param $secondRate f32) (param $negativeStep f32) (param $epsilon f32)
    (local $i i32) (local $vectorEnd i32) (local $end i32)
    (local $a v128) (local $b v128) (local $s v128) (local $e v128)
    (local $gv v128) (local $mv v128) (local $vv v128)
    (local $gs f32) (local $ms f32) (local $vs f32)
    (local.set $a (f32x4.splat (local.get $firstRate)))
    (local.set $b (f32x4.splat (local.get $secondRate)))
    (local.set $s (f32x4.splat (local.get $negativeStep)))
    (local.set $e (f32x4.splat (local.get $epsilon)))
    (local.set $vectorEnd (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2)))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $vectorsDone
      (loop $vectors
        (br_if $vectorsDone (i32.ge_u (local.get $i) (local.get $vectorEnd)))
        (local.set $gv (v128.load (i32.add (local.get $g) (local.get $i))))
        (local.set $mv (v128.load (i32.add (local.get $m) (local.get $i))))
        (local.set $vv (v128.load (i32.add (local.get $v) (local.get $i))))
        (local.set $mv
          (f32x4.add (local.get $mv)
            (f32x4.mul (f32x4.sub (local.get $gv) (local.get $mv)) (local.get $a))))
        (local.set $vv
          (f32x4.add (local.get $vv)
            (f32x4.mul (f32x4.sub (f32x4.mul (local.get $gv) (local.get $gv)) (local.get $vv)) (local.get $b))))
        (v128.store (i32.add (local.get $mOut) (local.get $i)) (local.get $mv))
        (v128.store (i32.add (local.get $vOut) (local.get $i)) (local.get $vv))
        (v128.store (i32.add (local.get $wOut) (local.get $i))
          (f32x4.add (v128.load (i32.add (local.get $w) (local.get $i)))
            (f32x4.div (f32x4.mul (local.get $s) (local.get $mv))
              (f32x4.add (f32x4.sqrt (local.get $vv)) (local.get $e)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $vectors)))
    (block $scalarsDone
      (loop $scalars
        (br_if $scalarsDone (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $gs (f32.load (i32.add (local.get $g) (local.get $i))))
        (local.set $ms (f32.load (i32.add (local.get $m) (local.get $i))))
        (local.set $vs (f32.load (i32.add (local.get $v) (local.get $i))))
        (local.set $ms
          (f32.add (local.get $ms) (f32.mul (f32.sub (local.get $gs) (local.get $ms)) (local.get $firstRate))))
        (local.set $vs
          (f32.add (local.get $vs)
            (f32.mul (f32.sub (f32.mul (local.get $gs) (local.get $gs)) (local.get $vs)) (local.get $secondRate))))
        (f32.store (i32.add (local.get $mOut) (local.get $i)) (local.get $ms))
        (f32.store (i32.add (local.get $vOut) (local.get $i)) (local.get $vs))
        (f32.store (i32.add (local.get $wOut) (local.get $i))
          (f32.add (f32.load (i32.add (local.get $w) (local.get $i)))
            (f32.div (f32.mul (local.get $negativeStep) (local.get $ms))
              (f32.add (f32.sqrt (local.get $vs)) (local.get $epsilon)))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $scalars)))))
