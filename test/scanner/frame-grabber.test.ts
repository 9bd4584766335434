import { describe, expect, it } from 'vitest';
import { CENTRE_CROP, MAX_SHORT_SIDE, planFrame } from '../../src/scanner/frame-grabber.ts';

describe('planFrame', () => {
  it('passes a 720p frame whole and unscaled', () => {
    expect(planFrame(1280, 720, 'full')).toEqual({
      sx: 0,
      sy: 0,
      sw: 1280,
      sh: 720,
      width: 1280,
      height: 720,
    });
  });

  it('scales a 1080p frame so that its shorter side is the cap', () => {
    const plan = planFrame(1920, 1080, 'full');
    expect(plan.height).toBe(MAX_SHORT_SIDE);
    expect(plan.width).toBe(1280);
  });

  it('crops the centre at the camera resolution while it fits the cap', () => {
    const plan = planFrame(1920, 1080, 'centre');
    expect(plan.sw).toBe(Math.round(1920 * CENTRE_CROP));
    expect(plan.sh).toBe(Math.round(1080 * CENTRE_CROP));
    expect(plan.sx).toBe(Math.floor((1920 - plan.sw) / 2));
    expect(plan.sy).toBe(Math.floor((1080 - plan.sh) / 2));
    expect([plan.width, plan.height]).toEqual([plan.sw, plan.sh]);
  });

  it('keeps the aspect of a portrait frame', () => {
    const plan = planFrame(1080, 1920, 'full');
    expect([plan.width, plan.height]).toEqual([720, 1280]);
  });
});
