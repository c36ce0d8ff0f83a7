import { UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { createFakeWindow } from "../../test/fakeVscode.js";
import { createInputBoxCodeProvider } from "./createInputBoxCodeProvider.js";

const request = { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/alice", reason: "aws sts get-caller-identity", attempt: 1 };

describe(createInputBoxCodeProvider.name, () => {
  it("names the profile and device in the title and keeps the box open when focus moves away", async () => {
    const fake = createFakeWindow();
    fake.whenInputBoxShown((box) => box.type("123456"));
    await createInputBoxCodeProvider({ window: fake.window as never })(request);
    const box = fake.inputBoxes[0]!;
    expect(box.title).toBe("MFA code for profile work, device alice (123456789012)");
    expect(box.ignoreFocusOut).toBe(true);
    expect(box.disposed).toBe(true);
  });

  it("accepts by itself on the sixth digit without Enter", async () => {
    const fake = createFakeWindow();
    fake.whenInputBoxShown((box) => box.type("654321"));
    await expect(createInputBoxCodeProvider({ window: fake.window as never })(request)).resolves.toBe("654321");
  });

  it("shows a validation message for letters and refuses Enter before six digits", async () => {
    const fake = createFakeWindow();
    let seen: Array<string | undefined> = [];
    fake.whenInputBoxShown((box) => {
      box.type("12a");
      seen.push(box.validationMessage);
      box.value = "123";
      box.accept();
      seen.push(box.validationMessage);
      seen.push(box.visible ? "still open" : "closed");
      box.value = "";
      box.type("111111");
    });
    await expect(createInputBoxCodeProvider({ window: fake.window as never })(request)).resolves.toBe("111111");
    expect(seen).toEqual(["Digits only: the code is 6 digits.", "Enter the 6 digits your authenticator shows.", "still open"]);
  });

  it("takes the code as authenticator apps show it, 123 456, typed or pasted, and hands on the six digits", async () => {
    const fake = createFakeWindow();
    const seen: Array<string | undefined> = [];
    fake.whenInputBoxShown((box) => {
      box.type("123 4");
      seen.push(box.validationMessage);
      box.type("56");
    });
    await expect(createInputBoxCodeProvider({ window: fake.window as never })(request)).resolves.toBe("123456");
    expect(seen).toEqual([undefined]);
    const pasted = createFakeWindow();
    pasted.whenInputBoxShown((box) => {
      box.value = "654\u202f321";
      box.accept();
    });
    await expect(createInputBoxCodeProvider({ window: pasted.window as never })(request)).resolves.toBe("654321");
  });

  it("says the previous code was incorrect on a re-prompt", async () => {
    const fake = createFakeWindow();
    fake.whenInputBoxShown((box) => box.type("222222"));
    await createInputBoxCodeProvider({ window: fake.window as never })({ ...request, attempt: 2, previousError: "invalid" });
    expect(fake.inputBoxes[0]!.prompt).toMatch(/^That code was incorrect, try again\./);
  });

  it("rejects with UserCancelledError on Escape", async () => {
    const fake = createFakeWindow();
    fake.whenInputBoxShown((box) => {
      box.type("12");
      box.escape();
    });
    await expect(createInputBoxCodeProvider({ window: fake.window as never })(request)).rejects.toBeInstanceOf(UserCancelledError);
  });

  it("closes the box and rejects when the caller aborts", async () => {
    const fake = createFakeWindow();
    const controller = new AbortController();
    fake.whenInputBoxShown(() => controller.abort());
    await expect(
      createInputBoxCodeProvider({ window: fake.window as never })({ ...request, signal: controller.signal }),
    ).rejects.toBeInstanceOf(UserCancelledError);
    expect(fake.inputBoxes[0]!.visible).toBe(false);
  });
});
