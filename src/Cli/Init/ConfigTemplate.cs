namespace GovInfo.Cli.Init;

/// <summary>The commented govlint.yaml that <c>govlint init</c> writes: the defaults active, every other setting shown as a comment.</summary>
public static class ConfigTemplate
{
    public const string Text = """
        # yaml-language-server: $schema=.govlint/govlint.schema.json
        # govlint 配置文件。govlint 从每份报告所在的文件夹向上查找 govlint.yaml，第一个找到的生效；
        # 也可用 govlint lint --config 文件 指定。下面的路径和 glob 都相对于本文件所在的文件夹。
        # 说明：govlint explain 规则编号；全部规则：govlint rules list。

        # 本单位自己的规则文件或文件夹，加在默认规则包之外（写法见 docs/rule-language.md）：
        # rules:
        #   - 规则/

        # 关闭的规则：
        # disable:
        #   - GI6001

        # 逐条调整级别：error、warning、info、hidden，或 off（关闭）：
        # severity:
        #   GI6003: error
        #   GI4005: off

        # 所有规则的级别上限（如只想看提醒、不想出错误）：
        # max-severity: warning

        # 达到此级别即以退出码 1 结束（CI 用）：error（默认）、warning、info、none。
        fail-on: error

        # 按文件分别设置，在上面的设置之后按顺序应用：
        # overrides:
        #   - files: ["草稿/**"]
        #     max-severity: warning
        #     disable: [GI5001]

        """;
}
