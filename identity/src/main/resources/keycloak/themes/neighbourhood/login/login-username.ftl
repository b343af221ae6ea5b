<#import "template.ftl" as layout>
<#import "nhsuk.ftl" as nhsuk>
<#-- Identity first: the e-mail address or username alone; the password is asked for next. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username') fields={"username": "username"}; section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
            <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
                <#if !usernameHidden??>
                    <@nhsuk.textInput id="username" field="username" label=nhsuk.usernameLabel() value=(login.username!'') autocomplete="username"/>
                </#if>
                <button class="nhsuk-button" id="kc-login" name="login" type="submit">${msg("doContinue")}</button>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
